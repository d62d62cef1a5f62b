<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>{app}-Logo</translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <translation>{app}, Version {version}</translation>
    </message>
    <message>
        <source>{app} version {version}</source>
        <translation>{app} Version {version}</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in:</source>
        <translation>Ihre Daten bleiben auf diesem Computer, im Ordner:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager (Alt+O)</source>
        <translation>Den Datenordner in der Dateiverwaltung zeigen (Alt+O)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show Holdpoint&apos;s log, to send to whoever helps you if something goes wrong: {folder}</source>
        <translation>Das Protokoll von Holdpoint zeigen, um es der Person zu schicken, die Ihnen hilft, wenn etwas schiefgeht: {folder}</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>Put this away</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Also under View &gt; Colour scheme.</source>
        <translation>Auch unter Ansicht &gt; Farbschema.</translation>
    </message>
    <message>
        <source>Ctrl++ and Ctrl+- change it from anywhere in Holdpoint; Ctrl+0 makes it normal.</source>
        <translation>Strg++ und Strg+- ändern sie überall in Holdpoint; Strg+0 stellt die normale Größe wieder her.</translation>
    </message>
    <message>
        <source>Holdpoint uses the new language the next time it starts.</source>
        <translation>Holdpoint verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Text size, in percent of the normal size</source>
        <translation>Textgröße, in Prozent der normalen Größe</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>Text of the normal size (Ctrl+0)</source>
        <translation>Text in normaler Größe (Strg+0)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of Holdpoint</source>
        <translation>Sprache von Holdpoint</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Ausgelassen: {reason}</translation>
    </message>
    <message>
        <source>{area}: never press here. {why}</source>
        <translation>{area}: Hier niemals drücken. {why}</translation>
    </message>
    <message>
        <source>{zone}: left out. {reason}</source>
        <translation>{zone}: ausgelassen. {reason}</translation>
    </message>
    <message>
        <source>{zone} (left out)</source>
        <translation>{zone} (ausgelassen)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app} ran into an unexpected problem and stopped what it was doing. Your history is safe: every finished hold was saved the moment it ended, and you can go on using {app}. If this happens again, copy the report below and send it to whoever helps you with Holdpoint. It holds no ratings, notes or other personal details.</source>
        <translation>{app} ist auf ein unerwartetes Problem gestoßen und hat abgebrochen, was es gerade tat. Ihr Verlauf ist sicher: Jede beendete Haltephase wurde gespeichert, sobald sie vorbei war, und Sie können {app} weiter benutzen. Wenn das noch einmal passiert, kopieren Sie den Bericht unten und schicken Sie ihn der Person, die Ihnen bei Holdpoint hilft. Er enthält keine Bewertungen, Notizen oder anderen persönlichen Angaben.</translation>
    </message>
    <message>
        <source>Something went wrong — {app}</source>
        <translation>Etwas ist schiefgegangen – {app}</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Error report text</source>
        <translation>Text des Fehlerberichts</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound device was found, so cues are shown on screen only.</source>
        <translation>Es wurde kein Audiogerät gefunden, daher werden die Hinweise nur auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>The cue sounds are missing or damaged, so cues are shown on screen only.</source>
        <translation>Die Signaltöne fehlen oder sind beschädigt, daher werden die Hinweise nur auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>Spoken cues are off: there is no sound device to speak on.</source>
        <translation>Die gesprochenen Hinweise sind aus: Es gibt kein Audiogerät für die Stimme.</translation>
    </message>
    <message>
        <source>Spoken cues are off. No speech engine “{engine}” is installed.</source>
        <translation>Die gesprochenen Hinweise sind aus. Die Sprachausgabe „{engine}“ ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>CueSound</name>
    <message>
        <source>No sound device was found, so cues are shown on screen only.</source>
        <translation>Es wurde kein Audiogerät gefunden, daher werden die Hinweise nur auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>The cue sounds cannot be played on this sound device, so cues are shown on screen only.</source>
        <translation>Die Signaltöne können auf diesem Audiogerät nicht abgespielt werden, daher werden die Hinweise nur auf dem Bildschirm gezeigt.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your history stays on this computer, in:</source>
        <translation>Ihr Verlauf bleibt auf diesem Computer, im Ordner:</translation>
    </message>
    <message>
        <source>Holdpoint backs up your history once a day and keeps the last seven backups, and any that holds more sessions than your history has now.</source>
        <translation>Holdpoint sichert Ihren Verlauf einmal am Tag und behält die letzten sieben Sicherungen, dazu jede, die mehr Sitzungen enthält, als Ihr Verlauf jetzt hat.</translation>
    </message>
    <message>
        <source>Your sessions, holds and ratings as CSV files, to open in a spreadsheet.</source>
        <translation>Ihre Sitzungen, Haltephasen und Bewertungen als CSV-Dateien, zum Öffnen in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>There is no history to back up yet.</source>
        <translation>Es gibt noch keinen Verlauf zum Sichern.</translation>
    </message>
    <message>
        <source>A session is still open. Finish it (or stop it) and give your ratings first: then restore the backup.</source>
        <translation>Eine Sitzung ist noch offen. Beenden (oder abbrechen) Sie sie zuerst und geben Sie Ihre Bewertungen ab; stellen Sie dann die Sicherung wieder her.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Where your history is</source>
        <translation>Wo Ihr Verlauf liegt</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Den Datenordner in der Dateiverwaltung zeigen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Neueste Sicherung</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Write today&apos;s backup again, with your history as it is now</source>
        <translation>Die heutige Sicherung neu schreiben, mit Ihrem Verlauf, wie er jetzt ist</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put an earlier backup in the place of your history</source>
        <translation>Eine frühere Sicherung an die Stelle Ihres Verlaufs setzen</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Stand der Sicherung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The same as File &gt; Export history as CSV ({keys})</source>
        <translation>Dasselbe wie Datei &gt; Verlauf als CSV exportieren ({keys})</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Newest backup: {date}, {sessions}.</source>
        <translation>Neueste Sicherung: {date}, {sessions}.</translation>
    </message>
    <message>
        <source>The backup could not be written in {folder} ({error}). Your history itself is fine.</source>
        <translation>Die Sicherung konnte nicht in {folder} geschrieben werden ({error}). Ihr Verlauf selbst ist in Ordnung.</translation>
    </message>
    <message>
        <source>Backed up: {sessions}, in {file}.</source>
        <translation>Gesichert: {sessions}, in {file}.</translation>
    </message>
    <message>
        <source>There is no backup to restore yet: Back up now makes one.</source>
        <translation>Es gibt noch keine Sicherung zum Wiederherstellen: „Jetzt sichern“ legt eine an.</translation>
    </message>
    <message>
        <source>The backup of {date} was restored: your history has {sessions}. Your history as it was ({before}) is kept as {aside}.</source>
        <translation>Die Sicherung vom {date} wurde wiederhergestellt: Ihr Verlauf enthält {sessions}. Ihr bisheriger Verlauf ({before}) ist aufbewahrt als {aside}.</translation>
    </message>
</context>
<context>
    <name>DeleteSession</name>
    <message>
        <source>dd MMM yyyy HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Delete the session of {moment}</source>
        <translation>Löschen der Sitzung vom {moment}</translation>
    </message>
    <message>
        <source>The session of {moment} was deleted. Ctrl+Z puts it back.</source>
        <translation>Die Sitzung vom {moment} wurde gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>The session of {moment} is back (Ctrl+Shift+Z deletes it again).</source>
        <translation>Die Sitzung vom {moment} ist wieder da (Strg+Umschalt+Z löscht sie erneut).</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>{title} illustration</source>
        <translation>Abbildung: {title}</translation>
    </message>
    <message>
        <source>{title}: what will be here</source>
        <translation>{title}: Was hier erscheinen wird</translation>
    </message>
</context>
<context>
    <name>FinderPanel</name>
    <message>
        <source>Where does it hurt?</source>
        <translation>Wo tut es weh?</translation>
    </message>
    <message>
        <source>Zones that can cause this pain</source>
        <translation>Zonen, die diesen Schmerz verursachen können</translation>
    </message>
    <message>
        <source>&amp;Work on these</source>
        <translation>Diese &amp;übernehmen</translation>
    </message>
    <message>
        <source>Add the ticked zones to your routine (Ctrl+Enter)</source>
        <translation>Die angehakten Zonen in Ihr Programm übernehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Work on these</source>
        <translation>Diese übernehmen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Unmark every area (Alt+L)</source>
        <translation>Alle Markierungen entfernen (Alt+L)</translation>
    </message>
    <message>
        <source>{zone}
     sends pain to: {regions}</source>
        <translation>{zone}
     strahlt aus in: {regions}</translation>
    </message>
    <message>
        <source>These muscles can send pain to the areas you marked, most likely first. Tick the ones to work on.</source>
        <translation>Diese Muskeln können Schmerzen in die markierten Bereiche ausstrahlen lassen, die wahrscheinlichsten zuerst. Haken Sie die an, an denen Sie arbeiten möchten.</translation>
    </message>
    <message>
        <source>Click or drag over the body where you feel pain, on the side you feel it. Holdpoint lists the muscles that can send pain there.</source>
        <translation>Klicken oder ziehen Sie über die Stellen am Körper, an denen Sie Schmerzen spüren, auf der Seite, auf der Sie sie spüren. Holdpoint zeigt die Muskeln, die Schmerzen dorthin ausstrahlen lassen können.</translation>
    </message>
</context>
<context>
    <name>HealthCheckWizard</name>
    <message>
        <source>Holdpoint is for muscle pain. A few signs need a doctor instead; this takes a minute.</source>
        <translation>Holdpoint ist für Muskelschmerzen gedacht. Bei einigen Anzeichen ist stattdessen ein Arzt oder eine Ärztin gefragt; das dauert eine Minute.</translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation>Nichts davon trifft auf mich zu</translation>
    </message>
    <message>
        <source>Do any of these apply to you?</source>
        <translation>Trifft etwas davon auf Sie zu?</translation>
    </message>
    <message>
        <source>They change the plan, never lock it. Leave them unticked if none apply.</source>
        <translation>Diese Angaben ändern den Plan, sperren ihn aber nie. Lassen Sie alles leer, wenn nichts zutrifft.</translation>
    </message>
    <message>
        <source>A doctor agreed that calf massage is fine for me</source>
        <translation>Ein Arzt oder eine Ärztin hat bestätigt, dass Wadenmassage für mich in Ordnung ist</translation>
    </message>
    <message>
        <source>Sessions stay locked until a doctor has checked this. Finish keeps your answers; you can go through them again under Help &gt; Health check.</source>
        <translation>Sitzungen bleiben gesperrt, bis ein Arzt oder eine Ärztin das abgeklärt hat. „Abschließen“ speichert Ihre Antworten; Sie können sie unter Hilfe &gt; Gesundheitscheck erneut durchgehen.</translation>
    </message>
    <message>
        <source>You can start.</source>
        <translation>Sie können beginnen.</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Gesundheitscheck</translation>
    </message>
</context>
<context>
    <name>HealthGate</name>
    <message>
        <source>“{question}” {instruction}</source>
        <translation>„{question}“ {instruction}</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>Meine Antworten &amp;ansehen</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>You have not answered the health check yet. Holdpoint asks for it before your first session, and again every 4 weeks.</source>
        <translation>Sie haben den Gesundheitscheck noch nicht beantwortet. Holdpoint fragt vor Ihrer ersten Sitzung danach und dann alle 4 Wochen wieder.</translation>
    </message>
    <message>
        <source>Nothing you answered changes your sessions: every zone is in.</source>
        <translation>Nichts von Ihren Antworten ändert Ihre Sitzungen: Alle Zonen sind dabei.</translation>
    </message>
    <message>
        <source>Not chosen yet: Holdpoint asks before your first session.</source>
        <translation>Noch nicht ausgewählt: Holdpoint fragt vor Ihrer ersten Sitzung danach.</translation>
    </message>
    <message>
        <source>Your health check</source>
        <translation>Ihr Gesundheitscheck</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Letzter Gesundheitscheck</translation>
    </message>
    <message>
        <source>What the health check says</source>
        <translation>Was der Gesundheitscheck ergibt</translation>
    </message>
    <message>
        <source>What Holdpoint takes into account</source>
        <translation>Was Holdpoint berücksichtigt</translation>
    </message>
    <message>
        <source>&amp;Answer the health check again…</source>
        <translation>Gesundheitscheck erneut &amp;beantworten…</translation>
    </message>
    <message>
        <source>The questions about your health, again (Ctrl+Shift+H)</source>
        <translation>Die Fragen zu Ihrer Gesundheit, noch einmal (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Your tools</source>
        <translation>Ihre Hilfsmittel</translation>
    </message>
    <message>
        <source>Your &amp;tools…</source>
        <translation>Ihre &amp;Hilfsmittel…</translation>
    </message>
    <message>
        <source>What you have to work with: ball, foam roller… (Ctrl+Shift+T)</source>
        <translation>Womit Sie arbeiten können: Ball, Faszienrolle… (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>You have: {tools}. Your fingers are always at hand.</source>
        <translation>Sie haben: {tools}. Ihre Finger haben Sie immer zur Hand.</translation>
    </message>
    <message>
        <source>You last answered it on {answered}. Holdpoint asks again on {due}.</source>
        <translation>Sie haben ihn zuletzt am {answered} beantwortet. Holdpoint fragt am {due} wieder.</translation>
    </message>
    <message>
        <source>What Holdpoint takes into account:</source>
        <translation>Was Holdpoint berücksichtigt:</translation>
    </message>
</context>
<context>
    <name>HistoryPlace</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Show week</source>
        <translation>Eine Woche zeigen</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>Show month</source>
        <translation>Einen Monat zeigen</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>&amp;3 Monate</translation>
    </message>
    <message>
        <source>Show 3 months</source>
        <translation>3 Monate zeigen</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Show year</source>
        <translation>Ein Jahr zeigen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lles</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <source>After each session you rate your leg and back pain before and after. Here you will see how those ratings change over the weeks, which zones seem to help, and export them for your clinician. Everything is kept on this computer, in {folder}.</source>
        <translation>Bei jeder Sitzung bewerten Sie Ihre Bein- und Rückenschmerzen vorher und nachher. Hier sehen Sie, wie sich diese Werte über die Wochen verändern und welche Zonen zu helfen scheinen, und Sie können sie für Ihre Ärztin, Ihren Arzt oder Ihre Therapeutin exportieren. Alles bleibt auf diesem Computer, in {folder}.</translation>
    </message>
    <message>
        <source>Deleted session</source>
        <translation>Gelöschte Sitzung</translation>
    </message>
    <message>
        <source>Zone filter</source>
        <translation>Zonenfilter</translation>
    </message>
    <message>
        <source>Show only sessions that worked this zone, and its tenderness</source>
        <translation>Nur Sitzungen zeigen, in denen diese Zone behandelt wurde, und ihre Druckempfindlichkeit</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zonen:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>{leg_before} leg pain before &amp;nbsp; {leg_after} after &amp;nbsp;&amp;nbsp; {back_before} back pain before &amp;nbsp; {back_after} after &amp;nbsp;&amp;nbsp; lines: 7-session average</source>
        <translation>{leg_before} Bein vorher {leg_after} nachher &amp;nbsp; {back_before} Rücken vorher {back_after} nachher &amp;nbsp; Linien: 7er-Mittel</translation>
    </message>
    <message>
        <source>{leg_before} leg &amp;nbsp; {back_before} back pain before, weekly mean; band: middle half; dashed: after</source>
        <translation>{leg_before} Bein &amp;nbsp; {back_before} Rücken vorher, Wochenmittel; Band: mittlere Hälfte; gestrichelt: nachher</translation>
    </message>
    <message>
        <source>{leg_before} leg &amp;nbsp; {back_before} back pain before, monthly mean; band: middle half; dashed: after</source>
        <translation>{leg_before} Bein &amp;nbsp; {back_before} Rücken vorher, Monatsmittel; Band: mittlere Hälfte; gestrichelt: nachher</translation>
    </message>
    <message>
        <source>{leg_before} leg &amp;nbsp; {back_before} back pain before, quarterly mean; band: middle half; dashed: after</source>
        <translation>{leg_before} Bein &amp;nbsp; {back_before} Rücken vorher, Quartalsmittel; Band: mittlere Hälfte; gestrichelt: nachher</translation>
    </message>
    <message>
        <source>{leg_before} leg &amp;nbsp; {back_before} back pain before, yearly mean; band: middle half; dashed: after</source>
        <translation>{leg_before} Bein &amp;nbsp; {back_before} Rücken vorher, Jahresmittel; Band: mittlere Hälfte; gestrichelt: nachher</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>leg {leg}, back {back}</source>
        <translation>Bein {leg}, Rücken {back}</translation>
    </message>
    <message>
        <source>{minutes} minutes held</source>
        <translation>{minutes} Minuten gehalten</translation>
    </message>
    <message>
        <source>Own choice</source>
        <translation>Eigene Auswahl</translation>
    </message>
    <message>
        <source>leg pain before: {mean} on average (middle half {low}–{high})</source>
        <translation>Beinschmerz vorher: im Mittel {mean} (mittlere Hälfte {low}–{high})</translation>
    </message>
    <message>
        <source>back pain before: {mean} on average (middle half {low}–{high})</source>
        <translation>Rückenschmerz vorher: im Mittel {mean} (mittlere Hälfte {low}–{high})</translation>
    </message>
    <message>
        <source>relief: {mean} points on average</source>
        <translation>Linderung: im Mittel {mean} Punkte</translation>
    </message>
</context>
<context>
    <name>Holdpoint</name>
    <message>
        <source>{name}: no such routine file, and not a built-in ({known})</source>
        <translation>{name}: Diese Programmdatei gibt es nicht, und es ist kein mitgeliefertes Programm ({known})</translation>
    </message>
    <message>
        <source>Your history cannot be opened: {error}</source>
        <translation>Ihr Verlauf kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>Your ratings could not be saved: {error}</source>
        <translation>Ihre Bewertungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Nothing to do on the left side in this routine.</source>
        <translation>In diesem Programm gibt es für die linke Seite nichts zu tun.</translation>
    </message>
    <message>
        <source>Nothing to do on the right side in this routine.</source>
        <translation>In diesem Programm gibt es für die rechte Seite nichts zu tun.</translation>
    </message>
    <message>
        <source>Every zone of this routine is left out for you. {reason}</source>
        <translation>Alle Zonen dieses Programms werden für Sie ausgelassen. {reason}</translation>
    </message>
    <message>
        <source>Your answers could not be saved: {error}</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>HoverBox</name>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>LocaleDateAxis</name>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>d.</translation>
    </message>
    <message>
        <source>ddd dd</source>
        <translation>ddd d.</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>HH:mm:ss</source>
        <translation>HH:mm:ss</translation>
    </message>
    <message>
        <source>ss.zzz</source>
        <translation>ss,zzz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current place</source>
        <translation>Aktueller Bereich</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your data stays on this computer: {folder}</source>
        <translation>Ihre Daten bleiben auf diesem Computer: {folder}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>There is no history to export.</source>
        <translation>Es gibt keinen Verlauf zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Export nicht möglich: {error}</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Choose zones on the body diagram</source>
        <translation>Zonen auf der Körperdarstellung auswählen</translation>
    </message>
    <message>
        <source>The hold timer</source>
        <translation>Die Zeitanzeige für die Haltephasen</translation>
    </message>
    <message>
        <source>Pain ratings and sessions over time</source>
        <translation>Schmerzbewertungen und Sitzungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Pause or go on</source>
        <translation>&amp;Pause oder weiter</translation>
    </message>
    <message>
        <source>&amp;Next part</source>
        <translation>&amp;Nächster Teil</translation>
    </message>
    <message>
        <source>&amp;Back: restart this hold</source>
        <translation>&amp;Zurück: diese Haltephase neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Longer: add to this hold</source>
        <translation>&amp;Länger: diese Haltephase verlängern</translation>
    </message>
    <message>
        <source>&amp;Too sharp: let go</source>
        <translation>Zu &amp;scharf: loslassen</translation>
    </message>
    <message>
        <source>&amp;Stop the session</source>
        <translation>Sitzung b&amp;eenden</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Where does it hurt?</source>
        <translation>&amp;Wo tut es weh?</translation>
    </message>
    <message>
        <source>Mark where you feel pain to find the muscles</source>
        <translation>Markieren Sie, wo Sie Schmerzen spüren, um die passenden Muskeln zu finden</translation>
    </message>
    <message>
        <source>&amp;Floor mode</source>
        <translation>&amp;Bodenmodus</translation>
    </message>
    <message>
        <source>The session full screen, big and high-contrast</source>
        <translation>Die Sitzung im Vollbild, groß und kontrastreich</translation>
    </message>
    <message>
        <source>S&amp;afety</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>When not to use Holdpoint, and how hard to press</source>
        <translation>Wann Sie Holdpoint nicht verwenden sollten und wie fest Sie drücken</translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <translation>&amp;Gesundheitscheck…</translation>
    </message>
    <message>
        <source>The questions about your health, again</source>
        <translation>Die Fragen zu Ihrer Gesundheit, noch einmal</translation>
    </message>
    <message>
        <source>Your &amp;tools…</source>
        <translation>Ihre &amp;Hilfsmittel…</translation>
    </message>
    <message>
        <source>What you have to work with: ball, foam roller…</source>
        <translation>Womit Sie arbeiten können: Ball, Faszienrolle…</translation>
    </message>
    <message>
        <source>Show the &amp;tour</source>
        <translation>&amp;Tour zeigen</translation>
    </message>
    <message>
        <source>The Map, the Session and your history in three short steps</source>
        <translation>Die Karte, die Sitzung und Ihr Verlauf in drei kurzen Schritten</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Session, sound and voice, appearance, health and your data</source>
        <translation>Sitzung, Ton und Stimme, Darstellung, Gesundheit und Ihre Daten</translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation>Verlauf als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Report for a clinician (PDF)…</source>
        <translation>Be&amp;richt für Behandelnde (PDF)…</translation>
    </message>
    <message>
        <source>Save the &amp;chart as PNG…</source>
        <translation>&amp;Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Kleine&amp;rer Text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Sitzung &amp;starten</translation>
    </message>
    <message>
        <source>Start a guided session of the routine on the Map</source>
        <translation>Eine angeleitete Sitzung mit dem Programm auf der Karte beginnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>Sit&amp;zung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MapGeometry</name>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>A nerve runs here: never press on it.</source>
        <translation>Hier verläuft ein Nerv: Drücken Sie niemals darauf.</translation>
    </message>
</context>
<context>
    <name>MapPlace</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Choose zones</source>
        <translation>Zonen wählen</translation>
    </message>
    <message>
        <source>Click zones to add them to your routine</source>
        <translation>Klicken Sie Zonen an, um sie Ihrem Programm hinzuzufügen</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>Wo tut es weh?</translation>
    </message>
    <message>
        <source>Mark where you feel pain to find the muscles that may cause it (Ctrl+F)</source>
        <translation>Markieren Sie, wo Sie Schmerzen spüren, um die Muskeln zu finden, die sie verursachen können (Strg+F)</translation>
    </message>
    <message>
        <source>Taken out of your routine, as left out for you: {zones}.</source>
        <translation>Aus Ihrem Programm genommen, da für Sie ausgelassen: {zones}.</translation>
    </message>
    <message>
        <source>{zone} is left out for you. {reason}</source>
        <translation>{zone} wird für Sie ausgelassen. {reason}</translation>
    </message>
    <message>
        <source>{routine} (changed)</source>
        <translation>{routine} (geändert)</translation>
    </message>
    <message>
        <source>Replace your routine of 1 step with “{routine}”?</source>
        <translation>Ihr Programm mit 1 Schritt durch „{routine}“ ersetzen?</translation>
    </message>
    <message>
        <source>Replace your routine of {count} steps with “{routine}”?</source>
        <translation>Ihr Programm mit {count} Schritten durch „{routine}“ ersetzen?</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>Ihr Programm ersetzen?</translation>
    </message>
    <message>
        <source>To keep yours, save it first: Routines &gt; Save as a named routine.</source>
        <translation>Um Ihr eigenes zu behalten, speichern Sie es zuerst: Programme &gt; Als benanntes Programm speichern.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>MorningBanner</name>
    <message>
        <source>Morning rating</source>
        <translation>Bewertung am Morgen</translation>
    </message>
    <message>
        <source>Good morning. How is your pain the day after your last session?</source>
        <translation>Guten Morgen. Wie geht es Ihren Schmerzen am Tag nach Ihrer letzten Sitzung?</translation>
    </message>
    <message>
        <source>&amp;Rate now</source>
        <translation>&amp;Jetzt bewerten</translation>
    </message>
    <message>
        <source>Rate leg and back pain this morning (Alt+R)</source>
        <translation>Bein- und Rückenschmerzen heute Morgen bewerten (Alt+J)</translation>
    </message>
    <message>
        <source>Not &amp;today</source>
        <translation>Heute &amp;nicht</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Places</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>{app}-Logo</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Get my routine ready</source>
        <translation>Mein Programm bereitstellen</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before and after each session, and relief</source>
        <translation>Schmerz vor und nach jeder Sitzung und Linderung</translation>
    </message>
    <message>
        <source>Drag or Left/Right to move in time, wheel or +/− to zoom</source>
        <translation>Ziehen oder Pfeil links/rechts, um in der Zeit zu blättern; Mausrad oder +/−, um zu zoomen</translation>
    </message>
    <message>
        <source>Relief shows once a session has pain rated before and after</source>
        <translation>Die Linderung erscheint, sobald bei einer Sitzung der Schmerz vorher und nachher bewertet wurde</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Tenderness of {zone}</source>
        <translation>Druckempfindlichkeit: {zone}</translation>
    </message>
    <message>
        <source>pain 0–10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message>
        <source>relief</source>
        <translation>Linderung</translation>
    </message>
    <message>
        <source>tenderness 0–10</source>
        <translation>Druckempfindlichkeit 0–10</translation>
    </message>
</context>
<context>
    <name>PeriodDetails</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Woche vom {date}</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
</context>
<context>
    <name>PrecautionsPage</name>
    <message>
        <source>Any one of these counts:</source>
        <translation>Jeder einzelne dieser Punkte zählt:</translation>
    </message>
    <message>
        <source>Only needed when something above makes a clot more likely.</source>
        <translation>Nur nötig, wenn etwas oben ein Blutgerinnsel wahrscheinlicher macht.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Tick any that apply to you.</source>
        <translation>Kreuzen Sie alles an, was auf Sie zutrifft.</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Pain ratings</source>
        <translation>Schmerzbewertung</translation>
    </message>
    <message>
        <source>Press a number for each (1 then 0 for ten); Enter goes on, Esc skips one.</source>
        <translation>Drücken Sie für jede Zeile eine Zahl (1, dann 0 für zehn); die Eingabetaste geht weiter, Esc überspringt eine Zeile.</translation>
    </message>
    <message>
        <source>A note, if you like (e.g. slept badly)</source>
        <translation>Eine Notiz, wenn Sie möchten (z. B. schlecht geschlafen)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Skip this (Esc)</source>
        <translation>Überspringen (Esc)</translation>
    </message>
    <message>
        <source>Leave this rating empty and go on (Esc)</source>
        <translation>Diese Bewertung leer lassen und weitergehen (Esc)</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Fertig (Eingabe)</translation>
    </message>
    <message>
        <source>Before you start: how much does it hurt now?</source>
        <translation>Bevor Sie beginnen: Wie stark sind die Schmerzen jetzt?</translation>
    </message>
    <message>
        <source>How much does it hurt now?</source>
        <translation>Wie stark sind die Schmerzen jetzt?</translation>
    </message>
    <message>
        <source>Good morning: how much does it hurt today?</source>
        <translation>Guten Morgen: Wie stark sind die Schmerzen heute?</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>{pain}, 0 to 10</source>
        <translation>{pain}, 0 bis 10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{pain} {value}</source>
        <translation>{pain} {value}</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Trigger-point work helps most when it is done often, in short sessions. Holdpoint can remind you: while it runs, a notification says it is time, and a click opens your last routine, ready to start.</source>
        <translation>Triggerpunkt-Arbeit hilft am meisten, wenn sie oft und in kurzen Sitzungen gemacht wird. Holdpoint kann Sie erinnern: Solange es läuft, meldet eine Benachrichtigung, dass es Zeit ist, und ein Klick öffnet Ihr letztes Programm, bereit zum Start.</translation>
    </message>
    <message>
        <source>Reminders come only while Holdpoint runs. Closing the window then keeps it in the tray (the notification area), light: History is not loaded until you open the window.</source>
        <translation>Erinnerungen kommen nur, solange Holdpoint läuft. Wenn Sie das Fenster schließen, bleibt es dann im Infobereich, sparsam: Der Verlauf wird erst geladen, wenn Sie das Fenster öffnen.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Remind me on {day}</source>
        <translation>Am {day} erinnern</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>&amp;Wochentage (Mo–Fr)</translation>
    </message>
    <message>
        <source>&amp;Every day</source>
        <translation>&amp;Jeden Tag</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>Time &amp;{number}</source>
        <translation>Uhrzeit &amp;{number}</translation>
    </message>
    <message>
        <source>Reminder time {number} on</source>
        <translation>Erinnerungszeit {number} an</translation>
    </message>
    <message>
        <source>Reminder time {number}</source>
        <translation>Erinnerungszeit {number}</translation>
    </message>
    <message>
        <source>While Holdpoint is closed</source>
        <translation>Wenn Holdpoint geschlossen ist</translation>
    </message>
    <message>
        <source>&amp;Keep Holdpoint in the tray when its window is closed</source>
        <translation>Holdpoint beim Schließen des Fensters im Infobereich &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Start Holdpoint when I log in, in the tray</source>
        <translation>Holdpoint bei der Anmeldung im Infobereich &amp;starten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup — Holdpoint</source>
        <translation>Aus einer Sicherung wiederherstellen – Holdpoint</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Your history has {sessions} now. Choose the backup to put in its place. Your history as it is now is kept aside in the data folder first, so nothing is lost.</source>
        <translation>Ihr Verlauf enthält jetzt {sessions}. Wählen Sie die Sicherung, die an seine Stelle treten soll. Ihr Verlauf, wie er jetzt ist, wird vorher im Datenordner aufbewahrt, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>{date} — {sessions} (kept: it holds more sessions than your history had)</source>
        <translation>{date} – {sessions} (aufbewahrt: enthält mehr Sitzungen, als Ihr Verlauf hatte)</translation>
    </message>
    <message>
        <source>{date} — {sessions}</source>
        <translation>{date} – {sessions}</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Put the backup of {date} ({sessions}) in the place of your history ({now})?</source>
        <translation>Die Sicherung vom {date} ({sessions}) an die Stelle Ihres Verlaufs ({now}) setzen?</translation>
    </message>
    <message>
        <source>Your history as it is now is kept aside in the data folder, as a file of its own.</source>
        <translation>Ihr Verlauf, wie er jetzt ist, wird im Datenordner als eigene Datei aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What to do first</source>
        <translation>Was Sie zuerst tun sollten</translation>
    </message>
    <message>
        <source>You said yes to: {answers}</source>
        <translation>Sie haben mit Ja geantwortet auf: {answers}</translation>
    </message>
    <message>
        <source>With your doctor&apos;s agreement, you can start.</source>
        <translation>Mit dem Einverständnis Ihres Arztes oder Ihrer Ärztin können Sie beginnen.</translation>
    </message>
    <message>
        <source>Left out of your sessions:</source>
        <translation>Aus Ihren Sitzungen ausgelassen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gentle mode&lt;/b&gt;: holds of at most {seconds} seconds and more time to get into position. {pressure}</source>
        <translation>&lt;b&gt;Sanfter Modus&lt;/b&gt;: Haltephasen von höchstens {seconds} Sekunden und mehr Zeit, um in Position zu kommen. {pressure}</translation>
    </message>
    <message>
        <source>Keep in mind:</source>
        <translation>Denken Sie daran:</translation>
    </message>
    <message>
        <source>What your answers change</source>
        <translation>Was Ihre Antworten ändern</translation>
    </message>
    <message>
        <source>Nothing you ticked changes the plan: every zone is in.</source>
        <translation>Nichts, was Sie angekreuzt haben, ändert den Plan: Alle Zonen sind dabei.</translation>
    </message>
    <message>
        <source>You will be asked again on {date}.</source>
        <translation>Sie werden am {date} wieder gefragt.</translation>
    </message>
</context>
<context>
    <name>RingTimer</name>
    <message>
        <source>Time left in this hold</source>
        <translation>Verbleibende Zeit dieser Haltephase</translation>
    </message>
    <message>
        <source>{seconds} seconds left, prepare</source>
        <translation>noch {seconds} Sekunden, vorbereiten</translation>
    </message>
    <message>
        <source>{seconds} seconds left, hold</source>
        <translation>noch {seconds} Sekunden, halten</translation>
    </message>
    <message>
        <source>{seconds} seconds left, rest</source>
        <translation>noch {seconds} Sekunden, Pause</translation>
    </message>
    <message>
        <source>{seconds} seconds left, done</source>
        <translation>noch {seconds} Sekunden, fertig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <source>Ro&amp;utines</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>Start from a ready-made routine, or open or save a routine file</source>
        <translation>Mit einem fertigen Programm beginnen oder eine Programmdatei öffnen oder speichern</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Delete a saved routine</source>
        <translation>Gespeichertes Programm &amp;löschen</translation>
    </message>
    <message>
        <source>Save as a &amp;named routine…</source>
        <translation>Als &amp;benanntes Programm speichern…</translation>
    </message>
    <message>
        <source>&amp;Open a routine file…</source>
        <translation>Programmdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save this routine to a file…</source>
        <translation>Dieses Programm in einer Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>{routine}  ({duration})</source>
        <translation>{routine}  ({duration})</translation>
    </message>
    <message>
        <source>Ready-made</source>
        <translation>Fertige Programme</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre eigenen</translation>
    </message>
    <message>
        <source>Nothing to save yet</source>
        <translation>Noch nichts zu speichern</translation>
    </message>
    <message>
        <source>Add zones to your routine first.</source>
        <translation>Fügen Sie Ihrem Programm zuerst Zonen hinzu.</translation>
    </message>
    <message>
        <source>Save as a named routine</source>
        <translation>Als benanntes Programm speichern</translation>
    </message>
    <message>
        <source>A name for this routine (the same name replaces it):</source>
        <translation>Ein Name für dieses Programm (derselbe Name ersetzt es):</translation>
    </message>
    <message>
        <source>The routine could not be saved</source>
        <translation>Das Programm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The routine could not be deleted</source>
        <translation>Das Programm konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Open a routine file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
    <message>
        <source>This routine file cannot be used</source>
        <translation>Diese Programmdatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Save this routine</source>
        <translation>Dieses Programm speichern</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Holdpoint routines (*.toml)</source>
        <translation>Holdpoint-Programme (*.toml)</translation>
    </message>
</context>
<context>
    <name>RoutinePanel</name>
    <message>
        <source>Add at least one zone to your routine first: click zones on the body.</source>
        <translation>Fügen Sie Ihrem Programm zuerst mindestens eine Zone hinzu: Klicken Sie Zonen am Körper an.</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihr Programm</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Routine steps</source>
        <translation>Schritte des Programms</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down</source>
        <translation>Zum Umsortieren ziehen oder Alt+↑ / Alt+↓</translation>
    </message>
    <message>
        <source>Click zones on the body to add them here, in the order you like.</source>
        <translation>Klicken Sie Zonen am Körper an, um sie hier hinzuzufügen, in der Reihenfolge, die Ihnen passt.</translation>
    </message>
    <message>
        <source>Routine is empty</source>
        <translation>Das Programm ist leer</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation>Halten, Sekunden</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove this step (Delete)</source>
        <translation>Diesen Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Painful side</source>
        <translation>Schmerzende Seite</translation>
    </message>
    <message>
        <source>Work the painful side first, or only that side</source>
        <translation>Die schmerzende Seite zuerst behandeln oder nur diese Seite</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>&amp;Sides</source>
        <translation>Se&amp;iten</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>Hal&amp;ten</translation>
    </message>
    <message>
        <source>Re&amp;petitions</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>Painful si&amp;de:</source>
        <translation>S&amp;chmerzende Seite:</translation>
    </message>
    <message>
        <source>{number}. {zone}
     {sides} · {hold} s × {reps}</source>
        <translation>Schritt {number}: {zone}
     {sides} · {hold} s × {reps}</translation>
    </message>
    <message>
        <source>Step {number}: {zone}, {sides}, {hold} seconds, {reps} times</source>
        <translation>Schritt {number}: {zone}, {sides}, {hold} Sekunden, {reps}-mal</translation>
    </message>
    <message>
        <source>Start the guided session: about {duration} (F5)</source>
        <translation>Die angeleitete Sitzung starten: etwa {duration} (F5)</translation>
    </message>
    <message>
        <source>1 step · about {duration}</source>
        <translation>1 Schritt · etwa {duration}</translation>
    </message>
    <message>
        <source>{count} steps · about {duration}</source>
        <translation>{count} Schritte · etwa {duration}</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Safety reminder</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Self-care, not a diagnosis.</source>
        <translation>Selbsthilfe, keine Diagnose.</translation>
    </message>
    <message>
        <source>Safety (F1)</source>
        <translation>Sicherheit (F1)</translation>
    </message>
    <message>
        <source>When to get help instead, who should ask first, how hard to press</source>
        <translation>Wann Sie stattdessen Hilfe holen sollten, wer vorher fragen sollte, wie fest Sie drücken</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Hide this reminder; it stays under Help &gt; Safety (F1)</source>
        <translation>Diesen Hinweis ausblenden; er bleibt unter Hilfe &gt; Sicherheit (F1) verfügbar</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety — Holdpoint</source>
        <translation>Sicherheit – Holdpoint</translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation>Informationen zur Sicherheit</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>Wie Sie drücken</translation>
    </message>
</context>
<context>
    <name>ScreenSaverInhibitor</name>
    <message>
        <source>A guided massage session is running</source>
        <translation>Eine angeleitete Massagesitzung läuft</translation>
    </message>
</context>
<context>
    <name>SessionHost</name>
    <message>
        <source>A session is running</source>
        <translation>Eine Sitzung läuft</translation>
    </message>
    <message>
        <source>&amp;Stop it and start the new one</source>
        <translation>Beenden und das &amp;neue starten</translation>
    </message>
    <message>
        <source>&amp;Keep going with this one</source>
        <translation>Mit dieser &amp;weitermachen</translation>
    </message>
    <message>
        <source>“{running}” is still running. Stop it and start “{new}”? The holds you finished are kept.</source>
        <translation>„{running}“ läuft noch. Beenden und „{new}“ starten? Die abgeschlossenen Haltephasen bleiben erhalten.</translation>
    </message>
    <message>
        <source>“{running}” is still running. Stop it and start your new choice? The holds you finished are kept.</source>
        <translation>„{running}“ läuft noch. Beenden und Ihre neue Auswahl starten? Die abgeschlossenen Haltephasen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your own routine is still running. Stop it and start “{new}”? The holds you finished are kept.</source>
        <translation>Ihr eigenes Programm läuft noch. Beenden und „{new}“ starten? Die abgeschlossenen Haltephasen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your own routine is still running. Stop it and start your new choice? The holds you finished are kept.</source>
        <translation>Ihr eigenes Programm läuft noch. Beenden und Ihre neue Auswahl starten? Die abgeschlossenen Haltephasen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Each change is kept at once and used from the next zone you add or session you start.</source>
        <translation>Jede Änderung wird sofort gespeichert und ab der nächsten Zone, die Sie hinzufügen, oder der nächsten Sitzung, die Sie beginnen, verwendet.</translation>
    </message>
    <message>
        <source>Each zone&apos;s own</source>
        <translation>Wie bei jeder Zone vorgesehen</translation>
    </message>
    <message>
        <source>Zones you add on the Map start with these. “{own}” keeps the guidance of each zone (most are 30 s, 3 times, 15 s rest). A longer default never lengthens the short holds of the psoas and the muscles beside the spine ({short} s at most). Routines you pick or open keep their own; gentle mode and your first week may still shorten holds.</source>
        <translation>Zonen, die Sie auf der Karte hinzufügen, beginnen mit diesen Werten. „{own}“ übernimmt die Empfehlung jeder Zone (meist 30 s, 3-mal, 15 s Pause). Ein längerer Standardwert verlängert nie die kurzen Haltephasen des Psoas und der Muskeln neben der Wirbelsäule (höchstens {short} s). Programme, die Sie auswählen oder öffnen, behalten ihre eigenen Werte; der sanfte Modus und Ihre erste Woche können Haltephasen trotzdem verkürzen.</translation>
    </message>
    <message>
        <source>Time to get into position before a hold, with a countdown. With a precaution that calls for gentle sessions, Holdpoint gives you at least {long} and {short} seconds.</source>
        <translation>Zeit, um vor einer Haltephase in Position zu kommen, mit einem Countdown. Bei einer Vorsichtsmaßnahme, die sanfte Sitzungen verlangt, gibt Holdpoint Ihnen mindestens {long} und {short} Sekunden.</translation>
    </message>
    <message>
        <source>After each hold the screen and the voice ask how tender the spot was; one key answers, and no answer is fine. Off: neither asks.</source>
        <translation>Nach jeder Haltephase fragen Bildschirm und Stimme, wie druckempfindlich die Stelle war; eine Taste genügt als Antwort, und keine Antwort ist auch in Ordnung. Aus: Es wird nicht gefragt.</translation>
    </message>
    <message>
        <source>The Map&apos;s “Painful side” starts at this; you can still change it there.</source>
        <translation>Die „Schmerzende Seite“ auf der Karte beginnt mit dieser Einstellung; Sie können sie dort noch ändern.</translation>
    </message>
    <message>
        <source>Default &amp;hold</source>
        <translation>Standard-&amp;Haltedauer</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>R&amp;est between holds</source>
        <translation>&amp;Pause zwischen Haltephasen</translation>
    </message>
    <message>
        <source>&amp;Get ready when the position changes</source>
        <translation>&amp;Vorbereiten bei Positionswechsel</translation>
    </message>
    <message>
        <source>Get ready &amp;between sides</source>
        <translation>Vorbereiten &amp;zwischen den Seiten</translation>
    </message>
    <message>
        <source>&amp;Ask how tender the spot was after each hold</source>
        <translation>Nach jeder Haltephase nach der &amp;Druckempfindlichkeit fragen</translation>
    </message>
    <message>
        <source>New steps on the Map</source>
        <translation>Neue Schritte auf der Karte</translation>
    </message>
    <message>
        <source>{own}, or {low} to {high} {unit}</source>
        <translation>{own} oder {low} bis {high} {unit}</translation>
    </message>
    <message>
        <source>Getting into position</source>
        <translation>In Position kommen</translation>
    </message>
    <message>
        <source>{low} to {high} seconds</source>
        <translation>{low} bis {high} Sekunden</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Während einer Sitzung</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Painful side</source>
        <translation>Schmerzende &amp;Seite</translation>
    </message>
</context>
<context>
    <name>SessionPlace</name>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>under a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>noch etwa {minutes} min</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>No session running</source>
        <translation>Keine Sitzung läuft</translation>
    </message>
    <message>
        <source>Choose zones on the Map, then press Start session (F5). Each hold is timed here with giant digits and a ring you can follow from the floor, a sound and a spoken cue to start and to release, and a rest before you switch sides.</source>
        <translation>Wählen Sie auf der Karte Zonen und drücken Sie dann „Sitzung starten“ (F5). Jede Haltephase wird hier gemessen: mit riesigen Ziffern und einem Ring, denen Sie vom Boden aus folgen können, mit einem Ton und einer Ansage zum Beginnen und zum Loslassen und mit einer Pause, bevor Sie die Seite wechseln.</translation>
    </message>
    <message>
        <source>Zone and side</source>
        <translation>Zone und Seite</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Sitzungsphase</translation>
    </message>
    <message>
        <source>How to get into position</source>
        <translation>So kommen Sie in Position</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Back: restart this hold, or the one before (Left, Page Up)</source>
        <translation>Zurück: diese Haltephase neu beginnen oder die davor (Pfeil links, Bild auf)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <source>Next: skip to the next part (Right, Page Down)</source>
        <translation>Weiter: zum nächsten Abschnitt springen (Pfeil rechts, Bild ab)</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Add {seconds} seconds to this hold (+)</source>
        <translation>Diese Haltephase um {seconds} Sekunden verlängern (+)</translation>
    </message>
    <message>
        <source>Too sharp</source>
        <translation>Zu stark</translation>
    </message>
    <message>
        <source>Too sharp: let go now and leave this spot for today (E)</source>
        <translation>Zu stark: jetzt loslassen und diese Stelle für heute auslassen (E)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <source>Floor mode</source>
        <translation>Bodenmodus</translation>
    </message>
    <message>
        <source>Full screen, big and high-contrast (F11)</source>
        <translation>Vollbild, groß und kontrastreich (F11)</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>Back to the &amp;Map</source>
        <translation>Zurück zur &amp;Karte</translation>
    </message>
    <message>
        <source>{pain}: {before} → {after}, {change}</source>
        <translation>{pain}: {before} → {after}, {change}</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Nothing was started, so nothing was saved.</source>
        <translation>Es wurde nichts begonnen, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>1 hold done, {duration} of pressure in all. Get up slowly.</source>
        <translation>1 Haltephase geschafft, insgesamt {duration} Druck. Stehen Sie langsam auf.</translation>
    </message>
    <message>
        <source>{count} holds done, {duration} of pressure in all. Get up slowly.</source>
        <translation>{count} Haltephasen geschafft, insgesamt {duration} Druck. Stehen Sie langsam auf.</translation>
    </message>
    <message>
        <source>{zone} · {side}</source>
        <translation>{zone} · {side}</translation>
    </message>
    <message>
        <source>Hold  {rep} of {reps}</source>
        <translation>Halten  {rep} von {reps}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>last one</source>
        <translation>die letzte</translation>
    </message>
    <message>
        <source>next: hold {rep} of {reps}</source>
        <translation>als Nächstes: Halten {rep} von {reps}</translation>
    </message>
    <message>
        <source>next: rest {seconds} s</source>
        <translation>als Nächstes: Pause {seconds} s</translation>
    </message>
    <message>
        <source>next: {zone}, left</source>
        <translation>als Nächstes: {zone}, links</translation>
    </message>
    <message>
        <source>next: {zone}, right</source>
        <translation>als Nächstes: {zone}, rechts</translation>
    </message>
    <message>
        <source>{next}  ·  {time_left}</source>
        <translation>{next}  ·  {time_left}</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Eased off: that spot is done for today. Next time use less pressure, or move the ball a little away from it. Sharp, shooting pain, or symptoms spreading down the leg, mean ease off.</source>
        <translation>Nachgelassen: Diese Stelle ist für heute fertig. Nehmen Sie beim nächsten Mal weniger Druck oder legen Sie den Ball etwas daneben. Stechende, einschießende Schmerzen oder Beschwerden, die ins Bein ausstrahlen, bedeuten: nachlassen.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep for {duration}. Press Space when you are ready to go on.</source>
        <translation>Pausiert: Der Computer war {duration} im Ruhezustand. Drücken Sie die Leertaste, wenn Sie bereit sind weiterzumachen.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>Stop this session? The holds you finished are kept.</source>
        <translation>Diese Sitzung beenden? Die abgeschlossenen Haltephasen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>SessionRun</name>
    <message>
        <source>Nothing to do on the left side in this routine.</source>
        <translation>In diesem Programm gibt es auf der linken Seite nichts zu tun.</translation>
    </message>
    <message>
        <source>Nothing to do on the right side in this routine.</source>
        <translation>In diesem Programm gibt es auf der rechten Seite nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Delete removes the selected session (Ctrl+Z undoes it)</source>
        <translation>Entf löscht die ausgewählte Sitzung (Strg+Z macht es rückgängig)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerz</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerz</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Minutes held</source>
        <translation>Minuten gehalten</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Own choice</source>
        <translation>Eigene Auswahl</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Settings — {app}</source>
        <translation>Einstellungen – {app}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>Up and Down choose a page; Ctrl+Page Down and Ctrl+Page Up from anywhere</source>
        <translation>Pfeil nach oben und unten wählen eine Seite; Strg+Bild ab und Strg+Bild auf von überall</translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation>Seite der Einstellungen</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>{title} settings</source>
        <translation>Einstellungen: {title}</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>cannot write the settings file {path}: {why}</source>
        <translation>die Einstellungsdatei {path} kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>cannot write the settings file {path}</source>
        <translation>die Einstellungsdatei {path} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{path}: cannot be read: it is not a file (a folder?); using the defaults, which cannot be saved</source>
        <translation>{path}: nicht lesbar: Es ist keine Datei (ein Ordner?); es gelten die Standardwerte, die nicht gespeichert werden können</translation>
    </message>
    <message>
        <source>{path}: written by a newer Holdpoint (settings format {version}; this one knows {known}): what it can read is used, and the file is left as it is, so changes made now last until Holdpoint quits</source>
        <translation>{path}: von einem neueren Holdpoint geschrieben (Einstellungsformat {version}; dieses kennt {known}): Was lesbar ist, wird verwendet, und die Datei bleibt, wie sie ist; Änderungen gelten daher nur, bis Holdpoint beendet wird</translation>
    </message>
    <message>
        <source>{path}: {error}; using the default</source>
        <translation>{path}: {error}; es gilt der Standardwert</translation>
    </message>
    <message>
        <source>{path}: {key}: cannot read {value} as a settings format; reading it as format 1</source>
        <translation>{path}: {key}: {value} ist als Einstellungsformat nicht lesbar; die Datei wird als Format 1 gelesen</translation>
    </message>
    <message>
        <source>it is not a valid INI file</source>
        <translation>sie ist keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>it is too large: {size:,} bytes, at most {limit:,}</source>
        <translation>sie ist zu groß: {size:,} Bytes, höchstens {limit:,}</translation>
    </message>
    <message>
        <source>it cannot be opened: {error}</source>
        <translation>sie kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>it is too large: more than {limit:,} bytes</source>
        <translation>sie ist zu groß: mehr als {limit:,} Bytes</translation>
    </message>
    <message>
        <source>it holds binary data, not text</source>
        <translation>sie enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <source>it is not UTF-8 text: byte 0x{byte:02x} at offset {offset}</source>
        <translation>sie ist kein UTF-8-Text: Byte 0x{byte:02x} an Position {offset}</translation>
    </message>
    <message>
        <source>line {number} is not a [section] or a key=value line</source>
        <translation>Zeile {number} ist weder eine [Abschnitt]- noch eine Schlüssel=Wert-Zeile</translation>
    </message>
    <message>
        <source>it cannot be read, nor kept aside: {error}</source>
        <translation>sie ist nicht lesbar und kann auch nicht beiseitegelegt werden: {error}</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {reason}; nor kept aside: {error}; using the defaults, which will not be saved</source>
        <translation>{path}: nicht lesbar: {reason}; auch nicht beiseitegelegt: {error}; es gelten die Standardwerte, die nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {reason}; it was kept as {aside}; using the defaults</source>
        <translation>{path}: nicht lesbar: {reason}; sie wurde als {aside} aufbewahrt; es gelten die Standardwerte</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>Sound is not ready yet: close Settings and open it again in a moment.</source>
        <translation>Der Ton ist noch nicht bereit: Schließen Sie die Einstellungen und öffnen Sie sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Sound status</source>
        <translation>Zustand des Tons</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Hinweise</translation>
    </message>
    <message>
        <source>Play “{cue}”</source>
        <translation>„{cue}“ abspielen</translation>
    </message>
    <message>
        <source>Play {cue}</source>
        <translation>{cue} abspielen</translation>
    </message>
    <message>
        <source>&amp;Speak the cues (zone, side, seconds, release)</source>
        <translation>Hinweise &amp;sprechen (Zone, Seite, Sekunden, Loslassen)</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Sprechgeschwindigkeit</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Tonausgabe</translation>
    </message>
    <message>
        <source>The system&apos;s default</source>
        <translation>Die Voreinstellung des Systems</translation>
    </message>
    <message>
        <source>&amp;Test sound</source>
        <translation>Ton &amp;testen</translation>
    </message>
    <message>
        <source>Play the start-of-hold sound and say a line (Alt+T)</source>
        <translation>Den Ton für den Beginn einer Haltephase abspielen und einen Satz sprechen (Alt+T)</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>Speaking s&amp;peed</source>
        <translation>Sprech&amp;geschwindigkeit</translation>
    </message>
    <message>
        <source>Each cue (percent of the volume)</source>
        <translation>Jeder Hinweis (Prozent der Lautstärke)</translation>
    </message>
    <message>
        <source>Sound and voice are working.</source>
        <translation>Ton und Stimme funktionieren.</translation>
    </message>
    <message>
        <source>This is how Holdpoint sounds. Release.</source>
        <translation>So klingt Holdpoint. Loslassen.</translation>
    </message>
</context>
<context>
    <name>SpeechClient</name>
    <message>
        <source>Spoken cues are off: the speech engine stopped answering. The sounds and the on-screen timer go on. To turn the voice on again: File &gt; Settings &gt; Sound and voice.</source>
        <translation>Die gesprochenen Hinweise sind aus: Die Sprachausgabe antwortet nicht mehr. Die Signaltöne und der Zeitgeber auf dem Bildschirm laufen weiter. Um die Stimme wieder einzuschalten: Datei &gt; Einstellungen &gt; Ton und Stimme.</translation>
    </message>
    <message>
        <source>Spoken cues are off: the speech engine did not start. The sounds and the on-screen timer go on. To turn the voice on again: File &gt; Settings &gt; Sound and voice.</source>
        <translation>Die gesprochenen Hinweise sind aus: Die Sprachausgabe ist nicht gestartet. Die Signaltöne und der Zeitgeber auf dem Bildschirm laufen weiter. Um die Stimme wieder einzuschalten: Datei &gt; Einstellungen &gt; Ton und Stimme.</translation>
    </message>
    <message>
        <source>Spoken cues are off: the speech engine stopped. The sounds and the on-screen timer go on. To turn the voice on again: File &gt; Settings &gt; Sound and voice.</source>
        <translation>Die gesprochenen Hinweise sind aus: Die Sprachausgabe wurde beendet. Die Signaltöne und der Zeitgeber auf dem Bildschirm laufen weiter. Um die Stimme wieder einzuschalten: Datei &gt; Einstellungen &gt; Ton und Stimme.</translation>
    </message>
    <message>
        <source>Spoken cues are off. No speech engine “{engine}” is installed.</source>
        <translation>Die gesprochenen Hinweise sind aus. Die Sprachausgabe „{engine}“ ist nicht installiert.</translation>
    </message>
    <message>
        <source>Spoken cues are off: the speech engine has no voice for {language}. The sounds and the on-screen timer go on. Install a voice for {language} (for example espeak-ng&apos;s), or choose another language in File &gt; Settings &gt; Appearance.</source>
        <translation>Die gesprochenen Hinweise sind aus: Die Sprachausgabe hat keine Stimme für {language}. Die Signaltöne und der Zeitgeber auf dem Bildschirm laufen weiter. Installieren Sie eine Stimme für {language} (zum Beispiel die von espeak-ng) oder wählen Sie unter Datei &gt; Einstellungen &gt; Darstellung eine andere Sprache.</translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>{value}. {detail}</source>
        <translation>{value}. {detail}</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>Sessions this week</source>
        <translation>Sitzungen diese Woche</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>Relief, last 30 days</source>
        <translation>Linderung, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>Scheint zu helfen</translation>
    </message>
    <message>
        <source>no ratings before and after in the last 30 days</source>
        <translation>keine Bewertungen vorher und nachher in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>{relief} points</source>
        <translation>{relief} Punkte</translation>
    </message>
    <message>
        <source>the 30 days before: no ratings</source>
        <translation>die 30 Tage davor: keine Bewertungen</translation>
    </message>
    <message>
        <source>the 30 days before: {relief}</source>
        <translation>die 30 Tage davor: {relief}</translation>
    </message>
    <message>
        <source>{comparison}; always done with {zones}</source>
        <translation>{comparison}; immer zusammen mit {zones}</translation>
    </message>
    <message>
        <source>{comparison}; also {zones}</source>
        <translation>{comparison}; außerdem {zones}</translation>
    </message>
    <message>
        <source>No clear difference yet</source>
        <translation>Noch kein klarer Unterschied</translation>
    </message>
    <message>
        <source>no zone gives 2 points more relief than sessions without it</source>
        <translation>keine Zone bringt 2 Punkte mehr Linderung als Sitzungen ohne sie</translation>
    </message>
    <message>
        <source>Cannot tell yet</source>
        <translation>Noch nicht zu sagen</translation>
    </message>
    <message>
        <source>a zone needs 3 rated sessions with it and 3 without it</source>
        <translation>eine Zone braucht 3 bewertete Sitzungen mit ihr und 3 ohne sie</translation>
    </message>
</context>
<context>
    <name>TendernessPrompt</name>
    <message>
        <source>How tender was that spot? Press 0–9 (1 then 0 for ten), or just carry on.</source>
        <translation>Wie druckempfindlich war diese Stelle? Drücken Sie 0–9 (1, dann 0 für zehn) oder machen Sie einfach weiter.</translation>
    </message>
    <message>
        <source>Tenderness question</source>
        <translation>Frage nach der Druckempfindlichkeit</translation>
    </message>
    <message>
        <source>Tenderness {value} noted. (Another digit changes it.)</source>
        <translation>Druckempfindlichkeit {value} notiert. (Eine weitere Ziffer ändert sie.)</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>Holdpoint works each spot the way that suits what you have. Your fingers are always at hand. Spots that need something you do not have are greyed on the map; you can change this at any time in File &gt; Your tools.</source>
        <translation>Holdpoint bearbeitet jede Stelle so, wie es zu Ihren Hilfsmitteln passt. Ihre Finger haben Sie immer zur Hand. Stellen, für die Sie etwas bräuchten, das Sie nicht haben, sind auf der Karte ausgegraut; Sie können das jederzeit unter Datei &gt; Ihre Hilfsmittel ändern.</translation>
    </message>
    <message>
        <source>A massage gun is not needed: Holdpoint uses slow, steady pressure.</source>
        <translation>Eine Massagepistole brauchen Sie nicht: Holdpoint arbeitet mit langsamem, gleichmäßigem Druck.</translation>
    </message>
    <message>
        <source>Your tools — Holdpoint</source>
        <translation>Ihre Hilfsmittel – Holdpoint</translation>
    </message>
    <message>
        <source>Your tools</source>
        <translation>Ihre Hilfsmittel</translation>
    </message>
    <message>
        <source>What do you have to work with?</source>
        <translation>Womit können Sie arbeiten?</translation>
    </message>
    <message>
        <source>{tool}  (1 spot)</source>
        <translation>{tool}  (1 Stelle)</translation>
    </message>
    <message>
        <source>{tool}  ({count} spots)</source>
        <translation>{tool}  ({count} Stellen)</translation>
    </message>
    <message>
        <source>Used for {count} of the spots on the map</source>
        <translation>Wird für {count} der Stellen auf der Karte verwendet</translation>
    </message>
    <message>
        <source>✓  {fingers}: always</source>
        <translation>✓  {fingers}: immer</translation>
    </message>
</context>
<context>
    <name>TourCard</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>Tour überspringen</translation>
    </message>
    <message>
        <source>Close the tour (Esc); Help &gt; Show the tour brings it back</source>
        <translation>Die Tour schließen (Esc); unter Hilfe &gt; Tour zeigen können Sie sie wieder aufrufen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Tour, step {number} of {count}: {title}</source>
        <translation>Tour, Schritt {number} von {count}: {title}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Time for Holdpoint</source>
        <translation>Zeit für Holdpoint</translation>
    </message>
    <message>
        <source>Your {time} reminder. Click to open {app} with your last routine ready.</source>
        <translation>Ihre Erinnerung um {time}. Klicken Sie, um {app} mit Ihrem letzten Programm zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Open Holdpoint</source>
        <translation>Holdpoint ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Start last routine</source>
        <translation>Letztes Programm &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Quit Holdpoint</source>
        <translation>Holdpoint &amp;beenden</translation>
    </message>
    <message>
        <source>Keep Holdpoint in the tray for reminders?

It then keeps running after you close the window, and reminds you at the times you chose. You can change this in Settings.</source>
        <translation>Holdpoint für Erinnerungen im Infobereich behalten?

Es läuft dann weiter, wenn Sie das Fenster schließen, und erinnert Sie zu den gewählten Zeiten. Sie können das in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>Time for Holdpoint: your reminder.</source>
        <translation>Zeit für Holdpoint: Ihre Erinnerung.</translation>
    </message>
</context>
<context>
    <name>ZoneDetails</name>
    <message>
        <source>Choose where to work</source>
        <translation>Wählen Sie, wo Sie arbeiten möchten</translation>
    </message>
    <message>
        <source>Point at a zone on the body, or press Tab and use the arrow keys, to see where it is, how to lie on it and where it can send pain. Click it, or press Space, to add it to your routine.</source>
        <translation>Zeigen Sie auf eine Zone am Körper oder drücken Sie die Tabulatortaste und nutzen Sie die Pfeiltasten, um zu sehen, wo sie liegt, wie Sie sich darauf legen und wohin sie Schmerzen ausstrahlen lassen kann. Klicken Sie sie an oder drücken Sie die Leertaste, um sie Ihrem Programm hinzuzufügen.</translation>
    </message>
    <message>
        <source>Not sure which zones? Press &lt;b&gt;Ctrl+F&lt;/b&gt;: &lt;i&gt;Where does it hurt?&lt;/i&gt;</source>
        <translation>Nicht sicher, welche Zonen? Drücken Sie &lt;b&gt;Strg+F&lt;/b&gt;: &lt;i&gt;Wo tut es weh?&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Can send pain to:</source>
        <translation>Kann Schmerzen ausstrahlen in:</translation>
    </message>
    <message>
        <source>Find it:</source>
        <translation>So finden Sie sie:</translation>
    </message>
    <message>
        <source>Get into position:</source>
        <translation>In Position kommen:</translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation>Hilfsmittel:</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Halten:</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Never press the {area}: {why}</source>
        <translation>{area}: Hier niemals drücken. {why}</translation>
    </message>
    <message>
        <source>{hold} s, {reps} times, {rest} s rest between</source>
        <translation>{hold} s, {reps}-mal, {rest} s Pause dazwischen</translation>
    </message>
    <message>
        <source>Zone details</source>
        <translation>Angaben zur Zone</translation>
    </message>
    <message>
        <source>Zone details text</source>
        <translation>Text der Angaben zur Zone</translation>
    </message>
    <message>
        <source>Left out for you.</source>
        <translation>Für Sie ausgelassen.</translation>
    </message>
    <message>
        <source>{zone}: {find}</source>
        <translation>{zone}: {find}</translation>
    </message>
</context>
<context>
    <name>ZoneFigure</name>
    <message>
        <source>Zone on the body</source>
        <translation>Zone am Körper</translation>
    </message>
    <message>
        <source>{zone}, seen from the back</source>
        <translation>{zone}, von hinten gesehen</translation>
    </message>
    <message>
        <source>{zone}, seen from the front</source>
        <translation>{zone}, von vorne gesehen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>there is no Windows registry on {platform}</source>
        <translation>auf {platform} gibt es keine Windows-Registrierung</translation>
    </message>
    <message>
        <source>starting at login is not supported on {platform}</source>
        <translation>der Start bei der Anmeldung wird auf {platform} nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot set Holdpoint to start at login ({where})</source>
        <translation>Holdpoint kann nicht für den Start bei der Anmeldung eingerichtet werden ({where})</translation>
    </message>
    <message>
        <source>cannot stop Holdpoint starting at login ({where})</source>
        <translation>der Start von Holdpoint bei der Anmeldung kann nicht abgestellt werden ({where})</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>in den Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your history could not be written in {folder} ({reason}); your history itself is fine, and the backup will be tried again the next time Holdpoint starts.</source>
        <translation>Die heutige Sicherung Ihres Verlaufs konnte nicht in {folder} geschrieben werden ({reason}); Ihr Verlauf selbst ist in Ordnung, und die Sicherung wird beim nächsten Start von Holdpoint erneut versucht.</translation>
    </message>
    <message>
        <source>Your history file was empty and there was no good backup. It was kept as {aside}; a new, empty history was started.</source>
        <translation>Ihre Verlaufsdatei war leer, und es gab keine brauchbare Sicherung. Sie wurde als {aside} aufbewahrt; ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Your history file was damaged and there was no good backup. It was kept as {aside}; a new, empty history was started.</source>
        <translation>Ihre Verlaufsdatei war beschädigt, und es gab keine brauchbare Sicherung. Sie wurde als {aside} aufbewahrt; ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Your history file was empty. It was kept as {aside}, and the backup of {day} was restored.</source>
        <translation>Ihre Verlaufsdatei war leer. Sie wurde als {aside} aufbewahrt, und die Sicherung vom {day} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your history file was damaged. It was kept as {aside}, and the backup of {day} was restored.</source>
        <translation>Ihre Verlaufsdatei war beschädigt. Sie wurde als {aside} aufbewahrt, und die Sicherung vom {day} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The history {path} was empty, and it could not be replaced by its backup ({error}); it was kept as {aside}.</source>
        <translation>Der Verlauf {path} war leer und konnte nicht durch seine Sicherung ersetzt werden ({error}); er wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>The history {path} was damaged, and it could not be replaced by its backup ({error}); it was kept as {aside}.</source>
        <translation>Der Verlauf {path} war beschädigt und konnte nicht durch seine Sicherung ersetzt werden ({error}); er wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>The history {path} was empty, and it could not be replaced by its backup ({error}); it was left as it is.</source>
        <translation>Der Verlauf {path} war leer und konnte nicht durch seine Sicherung ersetzt werden ({error}); er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history {path} was damaged, and it could not be replaced by its backup ({error}); it was left as it is.</source>
        <translation>Der Verlauf {path} war beschädigt und konnte nicht durch seine Sicherung ersetzt werden ({error}); er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>today&apos;s backup {target} holds more sessions than your history has now, and {name} is taken; both were kept as they are</source>
        <translation>die heutige Sicherung {target} enthält mehr Sitzungen als Ihr Verlauf jetzt, und der Name {name} ist schon vergeben; beide wurden unverändert aufbewahrt</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read; nothing was changed.</source>
        <translation>Die Sicherung {path} kann nicht gelesen werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your history could not be kept aside in {folder} ({error}), so the backup of {day} was not restored; nothing was changed.</source>
        <translation>Ihr Verlauf konnte nicht in {folder} beiseitegelegt werden ({error}), daher wurde die Sicherung vom {day} nicht wiederhergestellt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup {path} was written by a newer Holdpoint (schema {version}); nothing was changed.</source>
        <translation>Die Sicherung {path} wurde von einer neueren Holdpoint-Version geschrieben (Schema {version}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup of {day} could not be restored ({error}); your history is unchanged (a copy of it was also kept as {aside}).</source>
        <translation>Die Sicherung vom {day} konnte nicht wiederhergestellt werden ({error}); Ihr Verlauf ist unverändert (eine Kopie davon wurde außerdem als {aside} aufbewahrt).</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>{name}, left</source>
        <translation>{name}, links</translation>
    </message>
    <message>
        <source>{name}, right</source>
        <translation>{name}, rechts</translation>
    </message>
    <message>
        <source>Tennis or massage ball</source>
        <translation>Tennis- oder Massageball</translation>
    </message>
    <message>
        <source>Two balls in a sock</source>
        <translation>Zwei Bälle in einer Socke</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>Massage stick</source>
        <translation>Massagestab</translation>
    </message>
    <message>
        <source>Hook-shaped back tool</source>
        <translation>Massagehaken für den Rücken</translation>
    </message>
    <message>
        <source>Psoas tool</source>
        <translation>Psoas-Massagegerät</translation>
    </message>
    <message>
        <source>Your fingers</source>
        <translation>Ihre Finger</translation>
    </message>
    <message>
        <source>tennis or massage ball</source>
        <translation>Tennis- oder Massageball</translation>
    </message>
    <message>
        <source>two balls in a sock</source>
        <translation>zwei Bälle in einer Socke</translation>
    </message>
    <message>
        <source>foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>massage stick</source>
        <translation>Massagestab</translation>
    </message>
    <message>
        <source>hook-shaped back tool</source>
        <translation>Massagehaken für den Rücken</translation>
    </message>
    <message>
        <source>psoas tool</source>
        <translation>Psoas-Massagegerät</translation>
    </message>
    <message>
        <source>your fingers</source>
        <translation>Ihre Finger</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <source>fifteen</source>
        <translation>fünfzehn</translation>
    </message>
    <message>
        <source>twenty</source>
        <translation>zwanzig</translation>
    </message>
    <message>
        <source>twenty-five</source>
        <translation>fünfundzwanzig</translation>
    </message>
    <message>
        <source>thirty</source>
        <translation>dreißig</translation>
    </message>
    <message>
        <source>thirty-five</source>
        <translation>fünfunddreißig</translation>
    </message>
    <message>
        <source>forty</source>
        <translation>vierzig</translation>
    </message>
    <message>
        <source>forty-five</source>
        <translation>fünfundvierzig</translation>
    </message>
    <message>
        <source>fifty</source>
        <translation>fünfzig</translation>
    </message>
    <message>
        <source>fifty-five</source>
        <translation>fünfundfünfzig</translation>
    </message>
    <message>
        <source>sixty</source>
        <translation>sechzig</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Sitzung beendet. Gut gemacht.</translation>
    </message>
    <message>
        <source>Easing off. That spot is done for today.</source>
        <translation>Nachlassen. Diese Stelle ist für heute fertig.</translation>
    </message>
    <message>
        <source>Switch to the left side.</source>
        <translation>Wechseln Sie zur linken Seite.</translation>
    </message>
    <message>
        <source>Switch to the right side.</source>
        <translation>Wechseln Sie zur rechten Seite.</translation>
    </message>
    <message>
        <source>Get ready: {zone}, left side.</source>
        <translation>Machen Sie sich bereit: {zone}, linke Seite.</translation>
    </message>
    <message>
        <source>Get ready: {zone}, right side.</source>
        <translation>Machen Sie sich bereit: {zone}, rechte Seite.</translation>
    </message>
    <message>
        <source>{zone}, left side. Hold {seconds} seconds.</source>
        <translation>{zone}, linke Seite. Halten Sie {seconds} Sekunden.</translation>
    </message>
    <message>
        <source>{zone}, right side. Hold {seconds} seconds.</source>
        <translation>{zone}, rechte Seite. Halten Sie {seconds} Sekunden.</translation>
    </message>
    <message>
        <source>Ten seconds.</source>
        <translation>Noch zehn Sekunden.</translation>
    </message>
    <message>
        <source>Release. Tenderness?</source>
        <translation>Loslassen. Wie empfindlich war es?</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Loslassen.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
</context>
<context>
    <name>dose</name>
    <message>
        <source>Your first week: starting gently</source>
        <translation>Ihre erste Woche: sanft beginnen</translation>
    </message>
    <message>
        <source>For your first week, Holdpoint keeps sessions to about 10 minutes and holds to 30 seconds at most. Build up from there only as it feels comfortable.</source>
        <translation>In Ihrer ersten Woche begrenzt Holdpoint die Sitzungen auf etwa 10 Minuten und die Haltephasen auf höchstens 30 Sekunden. Steigern Sie sich von dort aus nur so weit, wie es sich angenehm anfühlt.</translation>
    </message>
    <message>
        <source>Holds shortened to {seconds} seconds.</source>
        <translation>Haltephasen auf {seconds} Sekunden gekürzt.</translation>
    </message>
    <message>
        <source>Fewer repetitions, to fit about 10 minutes.</source>
        <translation>Weniger Wiederholungen, damit es in etwa 10 Minuten passt.</translation>
    </message>
    <message>
        <source>The last 1 zone left for another day, to fit about 10 minutes.</source>
        <translation>Die letzte Zone bleibt für einen anderen Tag, damit es in etwa 10 Minuten passt.</translation>
    </message>
    <message>
        <source>The last {count} zones left for another day, to fit about 10 minutes.</source>
        <translation>Die letzten {count} Zonen bleiben für einen anderen Tag, damit es in etwa 10 Minuten passt.</translation>
    </message>
    <message>
        <source>Your leg pain went from {leg_before} before your last session to {leg_morning} the next morning, and your back pain from {back_before} to {back_morning}.</source>
        <translation>Ihr Beinschmerz ging von {leg_before} vor Ihrer letzten Sitzung auf {leg_morning} am nächsten Morgen, Ihr Rückenschmerz von {back_before} auf {back_morning}.</translation>
    </message>
    <message>
        <source>Your leg pain went from {before} before your last session to {morning} the next morning.</source>
        <translation>Ihr Beinschmerz ging von {before} vor Ihrer letzten Sitzung auf {morning} am nächsten Morgen.</translation>
    </message>
    <message>
        <source>Your back pain went from {before} before your last session to {morning} the next morning.</source>
        <translation>Ihr Rückenschmerz ging von {before} vor Ihrer letzten Sitzung auf {morning} am nächsten Morgen.</translation>
    </message>
    <message>
        <source>Some soreness for a day or two is common; next time, try shorter holds or lighter pressure, and build up again as it settles.</source>
        <translation>Ein oder zwei Tage etwas Muskelkater ist häufig; versuchen Sie beim nächsten Mal kürzere Haltephasen oder weniger Druck, und steigern Sie sich wieder, wenn es abklingt.</translation>
    </message>
    <message>
        <source>Go a little lighter next time</source>
        <translation>Beim nächsten Mal etwas sanfter</translation>
    </message>
    <message>
        <source>Worth seeing a doctor or physiotherapist</source>
        <translation>Ein Besuch bei Ärztin, Arzt oder Physiotherapie lohnt sich</translation>
    </message>
    <message>
        <source>When pain is getting worse, a doctor or physiotherapist can look at why and what else may help. If any of the urgent signs in the health check appear, get help straight away.</source>
        <translation>Wenn Schmerzen schlimmer werden, können Ärztin, Arzt oder Physiotherapie nach dem Grund schauen und danach, was sonst helfen kann. Wenn eines der dringenden Warnzeichen aus dem Gesundheitscheck auftritt, holen Sie sofort Hilfe.</translation>
    </message>
    <message>
        <source>Time to see a doctor or physiotherapist</source>
        <translation>Zeit für einen Besuch bei Ärztin, Arzt oder Physiotherapie</translation>
    </message>
    <message>
        <source>Most sciatica improves within 4–6 weeks; when it does not, a doctor or physiotherapist can look for the cause and suggest other treatment. You can keep using Holdpoint meanwhile if it helps you.</source>
        <translation>Ischiasbeschwerden bessern sich meist innerhalb von 4–6 Wochen; wenn nicht, können Ärztin, Arzt oder Physiotherapie nach der Ursache suchen und eine andere Behandlung vorschlagen. Holdpoint können Sie währenddessen weiter nutzen, wenn es Ihnen hilft.</translation>
    </message>
    <message>
        <source>Over the last {weeks} weeks, your leg pain has gone from about {leg_start} to {leg_recent} and your back pain has gone from about {back_start} to {back_recent} (rated before sessions).</source>
        <translation>In den letzten {weeks} Wochen ist Ihr Beinschmerz von etwa {leg_start} auf {leg_recent} und Ihr Rückenschmerz von etwa {back_start} auf {back_recent} gegangen (vor den Sitzungen bewertet).</translation>
    </message>
    <message>
        <source>Over the last {weeks} weeks, your leg pain has gone from about {leg_start} to {leg_recent} and your back pain has gone from about {back_start} to {back_recent} (rated before sessions): no clear change yet.</source>
        <translation>In den letzten {weeks} Wochen ist Ihr Beinschmerz von etwa {leg_start} auf {leg_recent} und Ihr Rückenschmerz von etwa {back_start} auf {back_recent} gegangen (vor den Sitzungen bewertet): noch keine klare Veränderung.</translation>
    </message>
    <message>
        <source>Over the last {weeks} weeks, your leg pain has gone from about {start} to {recent} (rated before sessions).</source>
        <translation>In den letzten {weeks} Wochen ist Ihr Beinschmerz von etwa {start} auf {recent} gegangen (vor den Sitzungen bewertet).</translation>
    </message>
    <message>
        <source>Over the last {weeks} weeks, your leg pain has gone from about {start} to {recent} (rated before sessions): no clear change yet.</source>
        <translation>In den letzten {weeks} Wochen ist Ihr Beinschmerz von etwa {start} auf {recent} gegangen (vor den Sitzungen bewertet): noch keine klare Veränderung.</translation>
    </message>
    <message>
        <source>Over the last {weeks} weeks, your back pain has gone from about {start} to {recent} (rated before sessions).</source>
        <translation>In den letzten {weeks} Wochen ist Ihr Rückenschmerz von etwa {start} auf {recent} gegangen (vor den Sitzungen bewertet).</translation>
    </message>
    <message>
        <source>Over the last {weeks} weeks, your back pain has gone from about {start} to {recent} (rated before sessions): no clear change yet.</source>
        <translation>In den letzten {weeks} Wochen ist Ihr Rückenschmerz von etwa {start} auf {recent} gegangen (vor den Sitzungen bewertet): noch keine klare Veränderung.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report for a clinician</source>
        <translation>Bericht für Behandelnde</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Wrote {sessions} to {path} and {holds} to {holds_path}.</source>
        <translation>Geschrieben: {sessions} nach {path} und {holds} nach {holds_path}.</translation>
    </message>
    <message>
        <source>Wrote a report of {sessions} to {path}.</source>
        <translation>Geschrieben: ein Bericht über {sessions} nach {path}.</translation>
    </message>
    <message>
        <source>1 hold</source>
        <translation>1 Haltephase</translation>
    </message>
    <message>
        <source>{count} holds</source>
        <translation>{count} Haltephasen</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>{path} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote the chart to {path}.</source>
        <translation>Geschrieben: das Diagramm nach {path}.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>A short health check first</source>
        <translation>Zuerst ein kurzer Gesundheitscheck</translation>
    </message>
    <message>
        <source>Before your first session, please answer a few yes/no questions about your health. It takes a couple of minutes, and Holdpoint asks again every 4 weeks.</source>
        <translation>Bitte beantworten Sie vor Ihrer ersten Sitzung ein paar Ja-/Nein-Fragen zu Ihrer Gesundheit. Das dauert ein paar Minuten, und Holdpoint fragt alle 4 Wochen wieder.</translation>
    </message>
    <message>
        <source>Time for your health check again</source>
        <translation>Zeit für Ihren nächsten Gesundheitscheck</translation>
    </message>
    <message>
        <source>Your last health check is dated after today (the computer&apos;s date may have changed). Please answer the questions again before your next session.</source>
        <translation>Ihr letzter Gesundheitscheck ist auf einen Tag nach heute datiert (vielleicht hat sich das Datum des Computers geändert). Bitte beantworten Sie die Fragen vor Ihrer nächsten Sitzung noch einmal.</translation>
    </message>
    <message>
        <source>It has been 4 weeks since you answered the health questions, and things can change. Please answer them again before your next session.</source>
        <translation>Sie haben die Gesundheitsfragen vor 4 Wochen beantwortet, und seitdem kann sich etwas geändert haben. Bitte beantworten Sie sie vor Ihrer nächsten Sitzung noch einmal.</translation>
    </message>
    <message>
        <source>Health check done</source>
        <translation>Gesundheitscheck erledigt</translation>
    </message>
    <message>
        <source>Your next health check is due on {date}.</source>
        <translation>Ihr nächster Gesundheitscheck ist am {date} fällig.</translation>
    </message>
    <message>
        <source>Please get medical help first</source>
        <translation>Bitte holen Sie zuerst ärztliche Hilfe</translation>
    </message>
    <message>
        <source>You answered yes to a sign that needs urgent medical care. Self-massage is not the right thing for now. Only if a doctor has already examined you for this and told you self-massage is safe can you say so in the health check and go on.</source>
        <translation>Sie haben bei einem Anzeichen mit Ja geantwortet, das dringend ärztlich versorgt werden muss. Selbstmassage ist dafür jetzt nicht das Richtige. Nur wenn ein Arzt oder eine Ärztin Sie deswegen bereits untersucht und Ihnen gesagt hat, dass Selbstmassage für Sie sicher ist, können Sie das im Gesundheitscheck angeben und weitermachen.</translation>
    </message>
    <message>
        <source>Please see a doctor first</source>
        <translation>Bitte gehen Sie zuerst zu einem Arzt oder einer Ärztin</translation>
    </message>
    <message>
        <source>You answered yes to something a doctor should check before you use Holdpoint. Once a doctor or physiotherapist has agreed that self-massage is fine for you, you can say so in the health check and go on.</source>
        <translation>Sie haben bei etwas mit Ja geantwortet, das ein Arzt oder eine Ärztin abklären sollte, bevor Sie Holdpoint verwenden. Sobald man Ihnen in der Arztpraxis oder Physiotherapie bestätigt hat, dass Selbstmassage für Sie in Ordnung ist, können Sie das im Gesundheitscheck angeben und weitermachen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{reasons} Another way needs: {tools}.</source>
        <translation>{reasons} Eine andere Möglichkeit braucht: {tools}.</translation>
    </message>
    <message>
        <source>Needs a tool you have not chosen: {tools}.</source>
        <translation>Braucht ein Hilfsmittel, das Sie nicht ausgewählt haben: {tools}.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>The history {path} was written by a newer Holdpoint (schema {version}); update Holdpoint to read it. It was left as it is.</source>
        <translation>Der Verlauf {path} wurde von einer neueren Holdpoint-Version geschrieben (Schema {version}); aktualisieren Sie Holdpoint, um ihn zu lesen. Er wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>The history {path} is a folder, so it cannot be opened; it was left as it is.</source>
        <translation>Der Verlauf {path} ist ein Ordner und kann daher nicht geöffnet werden; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history {path} is not a regular file, so it cannot be opened; it was left as it is.</source>
        <translation>Der Verlauf {path} ist keine normale Datei und kann daher nicht geöffnet werden; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history {path} cannot be read because of its permissions; it was left as it is.</source>
        <translation>Der Verlauf {path} kann wegen seiner Zugriffsrechte nicht gelesen werden; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history {path} cannot be read ({reason}); it was left as it is.</source>
        <translation>Der Verlauf {path} kann nicht gelesen werden ({reason}); er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history {path} cannot be changed because of its permissions; it was left as it is.</source>
        <translation>Der Verlauf {path} kann wegen seiner Zugriffsrechte nicht geändert werden; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history {path} cannot be opened for writing ({reason}); it was left as it is.</source>
        <translation>Der Verlauf {path} kann nicht zum Schreiben geöffnet werden ({reason}); er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history is in use by another program: {path} (waited {seconds} seconds); close that program and try again.</source>
        <translation>Der Verlauf wird von einem anderen Programm benutzt: {path} ({seconds} Sekunden gewartet); schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The history {path} cannot be changed because of its permissions ({reason}); it was left as it is.</source>
        <translation>Der Verlauf {path} kann wegen seiner Zugriffsrechte nicht geändert werden ({reason}); er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history {path} cannot be opened: the disk is full; it was left as it is.</source>
        <translation>Der Verlauf {path} kann nicht geöffnet werden: Der Datenträger ist voll; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The history {path} cannot be opened (the disk reported an error: {reason}).</source>
        <translation>Der Verlauf {path} kann nicht geöffnet werden (der Datenträger meldete einen Fehler: {reason}).</translation>
    </message>
    <message>
        <source>The history {path} cannot be opened (its folder or its -wal/-shm files may not be writable: {reason}).</source>
        <translation>Der Verlauf {path} kann nicht geöffnet werden (sein Ordner oder seine -wal/-shm-Dateien sind vielleicht nicht beschreibbar: {reason}).</translation>
    </message>
    <message>
        <source>The history {path} cannot be opened ({reason}).</source>
        <translation>Der Verlauf {path} kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>The history {path} could not be opened: {reason}</source>
        <translation>Der Verlauf {path} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>a value out of range was refused by the history ({rule})</source>
        <translation>ein Wert außerhalb des erlaubten Bereichs wurde vom Verlauf abgelehnt ({rule})</translation>
    </message>
    <message>
        <source>the history {path} cannot be written ({reason}): nothing was changed</source>
        <translation>in den Verlauf {path} kann nicht geschrieben werden ({reason}): es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the history {path} could not be updated: {reason}</source>
        <translation>der Verlauf {path} konnte nicht aktualisiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>{zone} is left out: {reason}</source>
        <translation>{zone} wird ausgelassen: {reason}</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Place shown at start</source>
        <translation>Bereich beim Start</translation>
    </message>
    <message>
        <source>Window position and size</source>
        <translation>Position und Größe des Fensters</translation>
    </message>
    <message>
        <source>Safety reminder acknowledged</source>
        <translation>Sicherheitshinweis gelesen</translation>
    </message>
    <message>
        <source>First-run tour shown (or skipped)</source>
        <translation>Einführungstour gezeigt (oder übersprungen)</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Hinweise</translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation>Hinweise sprechen</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Sprechgeschwindigkeit</translation>
    </message>
    <message>
        <source>Sound output (empty: the system&apos;s default)</source>
        <translation>Tonausgabe (leer: Voreinstellung des Systems)</translation>
    </message>
    <message>
        <source>Your tools (empty: not chosen yet)</source>
        <translation>Ihre Hilfsmittel (leer: noch nicht ausgewählt)</translation>
    </message>
    <message>
        <source>Get ready when the position changes</source>
        <translation>Vorbereiten bei Positionswechsel</translation>
    </message>
    <message>
        <source>Get ready between sides</source>
        <translation>Vorbereiten zwischen den Seiten</translation>
    </message>
    <message>
        <source>Default hold</source>
        <translation>Standard-Haltedauer</translation>
    </message>
    <message>
        <source>Default repetitions</source>
        <translation>Standard-Wiederholungen</translation>
    </message>
    <message>
        <source>Default rest between holds</source>
        <translation>Standard-Pause zwischen Haltephasen</translation>
    </message>
    <message>
        <source>Ask how tender the spot was after each hold</source>
        <translation>Nach jeder Haltephase nach der Druckempfindlichkeit fragen</translation>
    </message>
    <message>
        <source>Painful side</source>
        <translation>Schmerzende Seite</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Press (a hold starts)</source>
        <translation>Drücken (eine Haltephase beginnt)</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>Noch zehn Sekunden</translation>
    </message>
    <message>
        <source>The last three seconds</source>
        <translation>Die letzten drei Sekunden</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Remind me on (empty: no reminders)</source>
        <translation>Erinnern an (leer: keine Erinnerungen)</translation>
    </message>
    <message>
        <source>Remind me at (empty: no reminders)</source>
        <translation>Erinnern um (leer: keine Erinnerungen)</translation>
    </message>
    <message>
        <source>Keep running in the tray when closed</source>
        <translation>Nach dem Schließen im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <source>Last reminder given</source>
        <translation>Letzte Erinnerung</translation>
    </message>
</context>
<context>
    <name>ratings</name>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerz</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerz</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>1 point higher</source>
        <translation>1 Punkt höher</translation>
    </message>
    <message>
        <source>{points} points higher</source>
        <translation>{points} Punkte höher</translation>
    </message>
    <message>
        <source>1 point lower: a clear change</source>
        <translation>1 Punkt niedriger: eine klare Veränderung</translation>
    </message>
    <message>
        <source>{points} points lower: a clear change</source>
        <translation>{points} Punkte niedriger: eine klare Veränderung</translation>
    </message>
    <message>
        <source>1 point lower</source>
        <translation>1 Punkt niedriger</translation>
    </message>
    <message>
        <source>{points} points lower</source>
        <translation>{points} Punkte niedriger</translation>
    </message>
</context>
<context>
    <name>recorder</name>
    <message>
        <source>Part of this session could not be saved: {error}</source>
        <translation>Ein Teil dieser Sitzung konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Part of this session could not be saved yet ({error}); it is kept and will be saved as soon as the disk allows.</source>
        <translation>Ein Teil dieser Sitzung konnte noch nicht gespeichert werden ({error}); er wird aufbewahrt und gespeichert, sobald der Datenträger es zulässt.</translation>
    </message>
    <message>
        <source>Everything from this session is saved now.</source>
        <translation>Alles aus dieser Sitzung ist jetzt gespeichert.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>dd MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>{app} — self-massage record</source>
        <translation>{app} – Protokoll der Selbstmassage</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>no sessions in this period</source>
        <translation>keine Sitzungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Period: {period}   ·   made {today}</source>
        <translation>Zeitraum: {period}   ·   erstellt am {today}</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Regelmäßigkeit</translation>
    </message>
    <message>
        <source>{sessions} sessions on {active_days} of {days} days ({per_week} a week); {minutes} minutes of pressure in all.</source>
        <translation>Sitzungen: {sessions} an {active_days} von {days} Tagen ({per_week} pro Woche); insgesamt {minutes} Minuten Druck.</translation>
    </message>
    <message>
        <source>Pain (0–10, before sessions)</source>
        <translation>Schmerz (0–10, vor den Sitzungen)</translation>
    </message>
    <message>
        <source>Leg pain: {leg_first} in the first quarter of the period, {leg_last} in the last.   Back pain: {back_first} → {back_last}.   Relief within a session (before − after): {relief} points on average.</source>
        <translation>Beinschmerz: {leg_first} im ersten Viertel des Zeitraums, {leg_last} im letzten.   Rückenschmerz: {back_first} → {back_last}.   Linderung innerhalb einer Sitzung (vorher − nachher): im Mittel {relief} Punkte.</translation>
    </message>
    <message>
        <source>What was treated</source>
        <translation>Was behandelt wurde</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Tenderness first → last</source>
        <translation>Empfindlichkeit erste → letzte</translation>
    </message>
    <message>
        <source>No holds in this period.</source>
        <translation>Keine Haltephasen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Ratings are the person&apos;s own, on a 0–10 scale (0 {no_pain}, 10 {worst}).</source>
        <translation>Die Bewertungen stammen von der Person selbst, auf einer Skala von 0–10 (0 {no_pain}, 10 {worst}).</translation>
    </message>
    <message>
        <source>● leg pain before, and its 7-session average</source>
        <translation>● Beinschmerz vorher, Mittel aus 7 Sitzungen</translation>
    </message>
    <message>
        <source>● back pain before, and its average</source>
        <translation>● Rückenschmerz vorher, Mittel</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Left and right</source>
        <translation>Links und rechts</translation>
    </message>
    <message>
        <source>left and right</source>
        <translation>links und rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>Both sides, left first</source>
        <translation>Beide Seiten, links zuerst</translation>
    </message>
    <message>
        <source>Both sides, right first</source>
        <translation>Beide Seiten, rechts zuerst</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>routine_store</name>
    <message>
        <source>Your saved routines could not be read ({error}); the file is kept.</source>
        <translation>Ihre gespeicherten Programme konnten nicht gelesen werden ({error}); die Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>cannot save more than {count} routines: delete one first</source>
        <translation>es können nicht mehr als {count} Programme gespeichert werden: Löschen Sie zuerst eines</translation>
    </message>
    <message>
        <source>cannot save the routine: its name is longer than {count} characters</source>
        <translation>das Programm kann nicht gespeichert werden: Sein Name ist länger als {count} Zeichen</translation>
    </message>
    <message>
        <source>cannot save your routines: the unreadable {path} could not be kept as {aside} ({reason})</source>
        <translation>Ihre Programme können nicht gespeichert werden: Die unlesbare Datei {path} konnte nicht als {aside} aufbewahrt werden ({reason})</translation>
    </message>
    <message>
        <source>The unreadable file of saved routines was kept as {aside}.</source>
        <translation>Die unlesbare Datei der gespeicherten Programme wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>cannot save your routines to {path}: {reason}</source>
        <translation>Ihre Programme können nicht in {path} gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>1 entry in your history could not be read; it is kept in {path} and left out of what Holdpoint shows.</source>
        <translation>1 Eintrag in Ihrem Verlauf konnte nicht gelesen werden; er bleibt in {path} erhalten und wird in Holdpoint nicht angezeigt.</translation>
    </message>
    <message>
        <source>{count} entries in your history could not be read; they are kept in {path} and left out of what Holdpoint shows.</source>
        <translation>{count} Einträge in Ihrem Verlauf konnten nicht gelesen werden; sie bleiben in {path} erhalten und werden in Holdpoint nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Holdpoint guides self-massage of muscles that can contribute to sciatica-like pain. Steady pressure on these points may ease pain for some people, best alongside staying active. It gives self-care guidance, not a diagnosis.</source>
        <translation>Holdpoint leitet die Selbstmassage von Muskeln an, die zu ischiasähnlichen Schmerzen beitragen können. Gleichmäßiger Druck auf diese Punkte kann bei manchen Menschen Schmerzen lindern, am besten, wenn sie dabei aktiv bleiben. Holdpoint gibt Anleitung zur Selbsthilfe, keine Diagnose.</translation>
    </message>
    <message>
        <source>Numbness around the genitals or back passage (the “saddle” area)</source>
        <translation>Taubheit im Bereich der Genitalien oder des Afters (der „Reithosen“-Bereich)</translation>
    </message>
    <message>
        <source>New trouble starting to pee, being unable to pee, or loss of bladder or bowel control</source>
        <translation>Neue Schwierigkeiten, mit dem Wasserlassen zu beginnen, kein Wasserlassen möglich, oder Verlust der Kontrolle über Blase oder Darm</translation>
    </message>
    <message>
        <source>New problems with sexual function, or sciatica in both legs</source>
        <translation>Neue Probleme mit der Sexualfunktion oder Ischiasschmerzen in beiden Beinen</translation>
    </message>
    <message>
        <source>Weakness or numbness in both legs that is severe or getting worse</source>
        <translation>Schwäche oder Taubheit in beiden Beinen, die stark ist oder schlimmer wird</translation>
    </message>
    <message>
        <source>Fever or chills together with back pain</source>
        <translation>Fieber oder Schüttelfrost zusammen mit Rückenschmerzen</translation>
    </message>
    <message>
        <source>Back pain that started after a serious injury, such as a bad fall or a car accident</source>
        <translation>Rückenschmerzen, die nach einer schweren Verletzung begonnen haben, etwa nach einem schweren Sturz oder einem Autounfall</translation>
    </message>
    <message>
        <source>Stop and get urgent medical help if you have</source>
        <translation>Hören Sie auf und holen Sie sich dringend ärztliche Hilfe, wenn Sie Folgendes haben</translation>
    </message>
    <message>
        <source>You take blood thinners, have a bleeding disorder, or bruise easily</source>
        <translation>Sie nehmen blutverdünnende Mittel, haben eine Blutgerinnungsstörung oder bekommen leicht blaue Flecken</translation>
    </message>
    <message>
        <source>You are pregnant</source>
        <translation>Sie sind schwanger</translation>
    </message>
    <message>
        <source>You have osteoporosis, a recent fracture, recent surgery, a healing wound or burn, or cancer now or in the past</source>
        <translation>Sie haben Osteoporose, einen kürzlichen Knochenbruch, eine kürzliche Operation, eine heilende Wunde oder Verbrennung, oder Sie haben oder hatten Krebs</translation>
    </message>
    <message>
        <source>You have diabetes or another condition that dulls feeling in your legs (neuropathy)</source>
        <translation>Sie haben Diabetes oder eine andere Erkrankung, die das Gefühl in Ihren Beinen abschwächt (Neuropathie)</translation>
    </message>
    <message>
        <source>You have a hernia, an inflamed bowel, belly surgery in recent months, or a known or suspected aneurysm (a pulsing feeling in the belly)</source>
        <translation>Sie haben einen Bruch (Hernie), eine Darmentzündung, eine Bauchoperation in den letzten Monaten oder ein bekanntes oder vermutetes Aneurysma (ein pulsierendes Gefühl im Bauch)</translation>
    </message>
    <message>
        <source>A calf is painful, swollen, warm or red (a possible clot): no massage, see a doctor today; with breathlessness or chest pain, call an ambulance</source>
        <translation>Eine Wade ist schmerzhaft, geschwollen, warm oder gerötet (ein mögliches Blutgerinnsel): keine Massage, gehen Sie noch heute zu einem Arzt oder einer Ärztin; bei Atemnot oder Brustschmerzen rufen Sie den Rettungsdienst</translation>
    </message>
    <message>
        <source>The pain is unexplained, wakes you at night, comes with weight loss you cannot explain, or has not improved in a month</source>
        <translation>Der Schmerz hat keine erkennbare Ursache, weckt Sie nachts, kommt zusammen mit einem Gewichtsverlust, den Sie sich nicht erklären können, oder ist seit einem Monat nicht besser geworden</translation>
    </message>
    <message>
        <source>The back pain is new and you are over 50 or under 20, your immune system is weak, you have injected drugs, or you recently had a bacterial infection</source>
        <translation>Die Rückenschmerzen sind neu und Sie sind über 50 oder unter 20, Ihr Immunsystem ist geschwächt, Sie haben Drogen gespritzt oder Sie hatten kürzlich eine bakterielle Infektion</translation>
    </message>
    <message>
        <source>Ask a doctor or physiotherapist first if</source>
        <translation>Fragen Sie zuerst in Ihrer Arztpraxis oder Physiotherapie nach, wenn</translation>
    </message>
    <message>
        <source>Mild, dull discomfort is expected. Sharp or shooting pain means ease off at once.</source>
        <translation>Ein leichtes, dumpfes Unbehagen ist zu erwarten. Scharfer oder einschießender Schmerz heißt: sofort nachlassen.</translation>
    </message>
    <message>
        <source>Tingling or numbness you already have is common with sciatica. Stop if symptoms spread further down the leg, or last after the hold.</source>
        <translation>Kribbeln oder Taubheit, die Sie schon haben, sind bei Ischias häufig. Hören Sie auf, wenn sich die Beschwerden weiter das Bein hinunter ausbreiten oder nach der Haltephase anhalten.</translation>
    </message>
    <message>
        <source>Work the muscles, never the spine, the back of the knee, the groin crease or a nerve.</source>
        <translation>Bearbeiten Sie die Muskeln, nie die Wirbelsäule, die Kniekehle, die Leistenbeuge oder einen Nerv.</translation>
    </message>
    <message>
        <source>Short daily sessions are usually advised rather than one long one.</source>
        <translation>Meist werden kurze tägliche Sitzungen empfohlen statt einer langen.</translation>
    </message>
    <message>
        <source>Start gently. In your first week keep sessions to about 10 minutes and holds to 15–30 seconds, and build up only as it feels comfortable.</source>
        <translation>Beginnen Sie sanft. Halten Sie in der ersten Woche die Sitzungen bei etwa 10 Minuten und die Haltephasen bei 15–30 Sekunden, und steigern Sie nur, soweit es sich angenehm anfühlt.</translation>
    </message>
    <message>
        <source>Breathe out slowly as you let your weight sink into the pressure, and keep breathing steadily while you hold.</source>
        <translation>Atmen Sie langsam aus, während Sie Ihr Gewicht in den Druck sinken lassen, und atmen Sie beim Halten ruhig weiter.</translation>
    </message>
    <message>
        <source>Massage guns (percussion devices) are not for this: Holdpoint uses slow, steady pressure.</source>
        <translation>Massagepistolen (Percussion-Geräte) sind dafür nicht gedacht: Holdpoint arbeitet mit langsamem, gleichmäßigem Druck.</translation>
    </message>
    <message>
        <source>Afterwards, some gentle stretching and a short walk are a good way to finish.</source>
        <translation>Danach sind etwas sanftes Dehnen und ein kurzer Spaziergang ein guter Abschluss.</translation>
    </message>
    <message>
        <source>Mild soreness for a day or two (24–48 hours) is common. If the pain is clearly worse the next morning, use shorter holds or lighter pressure next time.</source>
        <translation>Ein leichter Muskelkater für ein bis zwei Tage (24–48 Stunden) ist häufig. Wenn der Schmerz am nächsten Morgen deutlich schlimmer ist, halten Sie beim nächsten Mal kürzer oder drücken Sie leichter.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Sharp, shooting or spreading pain means ease off. Loss of bladder or bowel control, saddle numbness or worsening leg weakness: get urgent help.</source>
        <translation>Scharfer, einschießender oder ausstrahlender Schmerz heißt: nachlassen. Verlust der Kontrolle über Blase oder Darm, Taubheit im Reithosen-Bereich oder zunehmende Schwäche in den Beinen: Holen Sie sich dringend Hilfe.</translation>
    </message>
    <message>
        <source>Holdpoint gives self-care guidance, not a diagnosis. Sharp or shooting pain, or symptoms spreading down the leg, mean ease off. Get urgent help for loss of bladder or bowel control, numbness in the saddle area, leg weakness that is getting worse, fever with back pain, or pain after a serious fall or accident.</source>
        <translation>Holdpoint gibt Anleitung zur Selbsthilfe, keine Diagnose. Scharfer oder einschießender Schmerz oder Beschwerden, die sich das Bein hinunter ausbreiten, heißen: nachlassen. Holen Sie sich dringend Hilfe bei Verlust der Kontrolle über Blase oder Darm, Taubheit im Reithosen-Bereich, zunehmender Schwäche in den Beinen, Fieber mit Rückenschmerzen oder Schmerzen nach einem schweren Sturz oder Unfall.</translation>
    </message>
    <message>
        <source>Nerves and bladder</source>
        <translation>Nerven und Blase</translation>
    </message>
    <message>
        <source>Other illness</source>
        <translation>Andere Erkrankungen</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <source>Get urgent medical help now (an emergency department or an urgent care service), not self-massage.</source>
        <translation>Holen Sie sich jetzt dringend ärztliche Hilfe (in einer Notaufnahme oder beim ärztlichen Bereitschaftsdienst) statt einer Selbstmassage.</translation>
    </message>
    <message>
        <source>Get urgent medical help now: these can be signs of pressure on the nerves at the base of the spine, which needs treatment quickly.</source>
        <translation>Holen Sie sich jetzt dringend ärztliche Hilfe: Das können Zeichen für Druck auf die Nerven am unteren Ende der Wirbelsäule sein, der schnell behandelt werden muss.</translation>
    </message>
    <message>
        <source>See a doctor before using Holdpoint, to check what is causing the pain.</source>
        <translation>Gehen Sie zu einem Arzt oder einer Ärztin, bevor Sie Holdpoint verwenden, um abklären zu lassen, was den Schmerz verursacht.</translation>
    </message>
    <message>
        <source>Do you have numbness around your genitals or back passage (the area you would sit on in a saddle)?</source>
        <translation>Haben Sie ein Taubheitsgefühl im Bereich der Genitalien oder des Afters (die Stelle, auf der Sie in einem Sattel sitzen würden)?</translation>
    </message>
    <message>
        <source>Have you had new trouble starting to pee, been unable to pee, or lost control of your bladder or bowels?</source>
        <translation>Haben Sie neue Schwierigkeiten, mit dem Wasserlassen zu beginnen, konnten Sie kein Wasser lassen, oder haben Sie die Kontrolle über Blase oder Darm verloren?</translation>
    </message>
    <message>
        <source>Have you noticed new problems with sexual function, such as loss of feeling, since the pain began?</source>
        <translation>Haben Sie seit Beginn der Schmerzen neue Probleme mit der Sexualfunktion bemerkt, etwa einen Verlust an Gefühl?</translation>
    </message>
    <message>
        <source>Do you have sciatica (pain running down the leg) in both legs?</source>
        <translation>Haben Sie Ischiasschmerzen (Schmerzen, die ins Bein ausstrahlen) in beiden Beinen?</translation>
    </message>
    <message>
        <source>Do you have weakness or numbness in both legs that is severe or getting worse?</source>
        <translation>Haben Sie Schwäche oder Taubheit in beiden Beinen, die stark ist oder schlimmer wird?</translation>
    </message>
    <message>
        <source>Have you ever had cancer?</source>
        <translation>Hatten Sie jemals Krebs?</translation>
    </message>
    <message>
        <source>See a doctor before using Holdpoint: back pain after cancer needs checking first.</source>
        <translation>Gehen Sie zu einem Arzt oder einer Ärztin, bevor Sie Holdpoint verwenden: Rückenschmerzen nach einer Krebserkrankung müssen zuerst abgeklärt werden.</translation>
    </message>
    <message>
        <source>Is this back pain new, and are you over 50 or under 20?</source>
        <translation>Sind diese Rückenschmerzen neu, und sind Sie über 50 oder unter 20?</translation>
    </message>
    <message>
        <source>Have you lost weight recently without trying?</source>
        <translation>Haben Sie in letzter Zeit abgenommen, ohne es zu wollen?</translation>
    </message>
    <message>
        <source>Is the pain bad at night, even when you lie still?</source>
        <translation>Ist der Schmerz nachts stark, auch wenn Sie still liegen?</translation>
    </message>
    <message>
        <source>Have you had this pain for more than a month without any improvement?</source>
        <translation>Haben Sie diesen Schmerz seit mehr als einem Monat, ohne dass er besser wird?</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist before using Holdpoint: pain that has not improved in a month should be checked.</source>
        <translation>Lassen Sie sich in Ihrer Arztpraxis oder Physiotherapie untersuchen, bevor Sie Holdpoint verwenden: Schmerzen, die seit einem Monat nicht besser geworden sind, sollten abgeklärt werden.</translation>
    </message>
    <message>
        <source>Do you have a fever or chills along with the back pain?</source>
        <translation>Haben Sie Fieber oder Schüttelfrost zusammen mit den Rückenschmerzen?</translation>
    </message>
    <message>
        <source>Get urgent medical help now: fever with back pain can be a sign of an infection.</source>
        <translation>Holen Sie sich jetzt dringend ärztliche Hilfe: Fieber mit Rückenschmerzen kann ein Zeichen für eine Infektion sein.</translation>
    </message>
    <message>
        <source>Is your immune system weakened, for example by chemotherapy, long-term steroids or a transplant?</source>
        <translation>Ist Ihr Immunsystem geschwächt, zum Beispiel durch eine Chemotherapie, eine lange Behandlung mit Kortison oder eine Transplantation?</translation>
    </message>
    <message>
        <source>Have you ever injected drugs?</source>
        <translation>Haben Sie jemals Drogen gespritzt?</translation>
    </message>
    <message>
        <source>Have you recently had a bacterial infection, such as a urine or skin infection?</source>
        <translation>Hatten Sie kürzlich eine bakterielle Infektion, etwa eine Harnwegs- oder Hautinfektion?</translation>
    </message>
    <message>
        <source>Did the pain start after a serious injury, such as a bad fall or a car accident?</source>
        <translation>Hat der Schmerz nach einer schweren Verletzung begonnen, etwa nach einem schweren Sturz oder einem Autounfall?</translation>
    </message>
    <message>
        <source>Did the pain start after a minor fall or strain, and do you have osteoporosis or take steroid tablets?</source>
        <translation>Hat der Schmerz nach einem leichten Sturz oder einer Überlastung begonnen, und haben Sie Osteoporose oder nehmen Sie Kortisontabletten?</translation>
    </message>
    <message>
        <source>See a doctor before using Holdpoint: with fragile bones even a small fall can break a bone.</source>
        <translation>Gehen Sie zu einem Arzt oder einer Ärztin, bevor Sie Holdpoint verwenden: Bei brüchigen Knochen kann schon ein kleiner Sturz einen Knochen brechen.</translation>
    </message>
    <message>
        <source>Is one calf painful, swollen, warm or red right now?</source>
        <translation>Ist eine Wade gerade schmerzhaft, geschwollen, warm oder gerötet?</translation>
    </message>
    <message>
        <source>See a doctor today, before using Holdpoint: it can be a blood clot; do not massage it. With breathlessness or chest pain, call an ambulance.</source>
        <translation>Gehen Sie noch heute zu einem Arzt oder einer Ärztin, bevor Sie Holdpoint verwenden: Es kann ein Blutgerinnsel sein; massieren Sie die Wade nicht. Bei Atemnot oder Brustschmerzen rufen Sie den Rettungsdienst.</translation>
    </message>
    <message>
        <source>Before you start: a few questions about your health</source>
        <translation>Bevor Sie beginnen: ein paar Fragen zu Ihrer Gesundheit</translation>
    </message>
    <message>
        <source>A doctor has examined me for these signs since they began, and told me that self-massage is safe for me.</source>
        <translation>Ein Arzt oder eine Ärztin hat mich wegen dieser Anzeichen untersucht, seit sie begonnen haben, und mir gesagt, dass Selbstmassage für mich sicher ist.</translation>
    </message>
    <message>
        <source>I have seen a doctor or physiotherapist about this, and they agreed that self-massage is fine for me.</source>
        <translation>Ich war deswegen in einer Arztpraxis oder Physiotherapie, und man hat mir bestätigt, dass Selbstmassage für mich in Ordnung ist.</translation>
    </message>
    <message>
        <source>I have had a blood clot before</source>
        <translation>Ich hatte schon einmal ein Blutgerinnsel</translation>
    </message>
    <message>
        <source>I am over 60</source>
        <translation>Ich bin über 60</translation>
    </message>
    <message>
        <source>I am overweight</source>
        <translation>Ich habe Übergewicht</translation>
    </message>
    <message>
        <source>I smoke</source>
        <translation>Ich rauche</translation>
    </message>
    <message>
        <source>I take the contraceptive pill or hormone replacement therapy (HRT)</source>
        <translation>Ich nehme die Antibabypille oder eine Hormonersatztherapie</translation>
    </message>
    <message>
        <source>I have cancer or heart failure</source>
        <translation>Ich habe Krebs oder eine Herzschwäche</translation>
    </message>
    <message>
        <source>I have varicose veins</source>
        <translation>Ich habe Krampfadern</translation>
    </message>
    <message>
        <source>I am pregnant, or had a baby in the last 6 weeks</source>
        <translation>Ich bin schwanger oder habe in den letzten 6 Wochen ein Kind bekommen</translation>
    </message>
    <message>
        <source>I had an operation or a hospital stay in the last 3 months</source>
        <translation>Ich hatte in den letzten 3 Monaten eine Operation oder einen Krankenhausaufenthalt</translation>
    </message>
    <message>
        <source>I recently had a long journey, or a long time without moving about much</source>
        <translation>Ich hatte kürzlich eine lange Reise oder war lange Zeit wenig in Bewegung</translation>
    </message>
    <message>
        <source>I have, or may have, an aneurysm in my belly (a pulsing feeling in the belly)</source>
        <translation>Ich habe ein Aneurysma im Bauch oder könnte eines haben (ein pulsierendes Gefühl im Bauch)</translation>
    </message>
    <message>
        <source>I have a hernia</source>
        <translation>Ich habe einen Bruch (Hernie)</translation>
    </message>
    <message>
        <source>I had surgery on my belly in recent months</source>
        <translation>Ich hatte in den letzten Monaten eine Bauchoperation</translation>
    </message>
    <message>
        <source>I have an inflamed bowel, such as Crohn&apos;s disease or ulcerative colitis</source>
        <translation>Ich habe eine Darmentzündung, etwa Morbus Crohn oder Colitis ulcerosa</translation>
    </message>
    <message>
        <source>Never press on a calf that is swollen, warm, red or painful: see a doctor the same day. With breathlessness or chest pain, call an ambulance.</source>
        <translation>Drücken Sie nie auf eine Wade, die geschwollen, warm, gerötet oder schmerzhaft ist: Gehen Sie noch am selben Tag zu einem Arzt oder einer Ärztin. Bei Atemnot oder Brustschmerzen rufen Sie den Rettungsdienst.</translation>
    </message>
    <message>
        <source>Get down to the floor and back up slowly, through kneeling, without twisting; or use a chair or a wall position where a zone has one.</source>
        <translation>Gehen Sie langsam zu Boden und wieder hoch, über das Knien und ohne sich zu verdrehen; oder nutzen Sie einen Stuhl oder eine Position an der Wand, wo eine Zone eine hat.</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>Ich bin schwanger</translation>
    </message>
    <message>
        <source>Pressure on the belly is not advised in pregnancy, and opinions differ about deep pressure on the legs: Holdpoint leaves the hip flexors out and keeps pressure light. Ask your midwife or doctor before you start.</source>
        <translation>Druck auf den Bauch wird in der Schwangerschaft nicht empfohlen, und über tiefen Druck auf die Beine gehen die Meinungen auseinander: Holdpoint lässt die Hüftbeuger aus und hält den Druck leicht. Fragen Sie Ihre Hebamme, Ihren Arzt oder Ihre Ärztin, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Pressure on the belly is not advised in pregnancy.</source>
        <translation>Druck auf den Bauch wird in der Schwangerschaft nicht empfohlen.</translation>
    </message>
    <message>
        <source>Ask your midwife or doctor before you start.</source>
        <translation>Fragen Sie Ihre Hebamme, Ihren Arzt oder Ihre Ärztin, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>I am more than about 20 weeks pregnant</source>
        <translation>Ich bin seit mehr als etwa 20 Wochen schwanger</translation>
    </message>
    <message>
        <source>After about 20 weeks, lying face down and lying flat on your back for long are best avoided: Holdpoint leaves out zones that can only be worked face down and chooses seated, side or wall positions where a zone has one.</source>
        <translation>Nach etwa 20 Wochen vermeiden Sie besser das Liegen auf dem Bauch und längeres flaches Liegen auf dem Rücken: Holdpoint lässt Zonen aus, die sich nur in Bauchlage bearbeiten lassen, und wählt Positionen im Sitzen, in Seitenlage oder an der Wand, wo eine Zone eine hat.</translation>
    </message>
    <message>
        <source>After about 20 weeks of pregnancy, lying face down is best avoided.</source>
        <translation>Nach etwa 20 Schwangerschaftswochen vermeiden Sie besser die Bauchlage.</translation>
    </message>
    <message>
        <source>Do not lie flat on your back for long: between holds, turn onto your side, and get up slowly if you feel dizzy or sick.</source>
        <translation>Liegen Sie nicht lange flach auf dem Rücken: Drehen Sie sich zwischen den Haltephasen auf die Seite, und stehen Sie langsam auf, wenn Ihnen schwindelig oder übel wird.</translation>
    </message>
    <message>
        <source>I take blood thinners, have a bleeding disorder, or bruise easily</source>
        <translation>Ich nehme blutverdünnende Mittel, habe eine Blutgerinnungsstörung oder bekomme leicht blaue Flecken</translation>
    </message>
    <message>
        <source>Firm pressure bruises more easily: Holdpoint uses lighter pressure and shorter holds and leaves out deep pressure on the belly. Ask your doctor before you start.</source>
        <translation>Bei festem Druck entstehen leichter blaue Flecken: Holdpoint verwendet leichteren Druck und kürzere Haltephasen und lässt tiefen Druck auf den Bauch aus. Fragen Sie Ihren Arzt oder Ihre Ärztin, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Deep pressure on the belly can bruise with blood thinners or easy bruising; ask your doctor first.</source>
        <translation>Tiefer Druck auf den Bauch kann mit blutverdünnenden Mitteln oder bei Neigung zu blauen Flecken Blutergüsse verursachen; fragen Sie zuerst Ihren Arzt oder Ihre Ärztin.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start.</source>
        <translation>Fragen Sie Ihren Arzt oder Ihre Ärztin, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>I have osteoporosis (thin, fragile bones)</source>
        <translation>Ich habe Osteoporose (dünne, brüchige Knochen)</translation>
    </message>
    <message>
        <source>Bending, twisting and getting down to the floor need care with fragile bones: Holdpoint uses lighter pressure and suggests wall positions where a zone has one. With severe osteoporosis, ask your doctor first.</source>
        <translation>Beugen, Drehen und das Hinunterkommen auf den Boden brauchen bei brüchigen Knochen Vorsicht: Holdpoint verwendet leichteren Druck und schlägt Positionen an der Wand vor, wo eine Zone eine hat. Bei schwerer Osteoporose fragen Sie zuerst Ihren Arzt oder Ihre Ärztin.</translation>
    </message>
    <message>
        <source>Keep pressure on muscle and light near bone.</source>
        <translation>Drücken Sie auf den Muskel und nur leicht in der Nähe von Knochen.</translation>
    </message>
    <message>
        <source>I have a higher risk of blood clots</source>
        <translation>Ich habe ein höheres Risiko für Blutgerinnsel</translation>
    </message>
    <message>
        <source>Pressure on the calf is left out when a clot is more likely, unless a doctor or physiotherapist has agreed it is safe for you.</source>
        <translation>Druck auf die Wade wird ausgelassen, wenn ein Blutgerinnsel wahrscheinlicher ist, außer man hat Ihnen in der Arztpraxis oder Physiotherapie bestätigt, dass er für Sie sicher ist.</translation>
    </message>
    <message>
        <source>A blood clot is more likely for you; a doctor or physiotherapist can tell you whether calf pressure is safe.</source>
        <translation>Bei Ihnen ist ein Blutgerinnsel wahrscheinlicher; in Ihrer Arztpraxis oder Physiotherapie kann man Ihnen sagen, ob Druck auf die Wade sicher ist.</translation>
    </message>
    <message>
        <source>I have a condition of the belly</source>
        <translation>Ich habe eine Erkrankung im Bauchraum</translation>
    </message>
    <message>
        <source>Deep pressure on the belly is not advised with an aneurysm, a hernia, recent belly surgery or an inflamed bowel: Holdpoint leaves the hip flexors out.</source>
        <translation>Tiefer Druck auf den Bauch wird bei einem Aneurysma, einem Bruch (Hernie), einer kürzlichen Bauchoperation oder einer Darmentzündung nicht empfohlen: Holdpoint lässt die Hüftbeuger aus.</translation>
    </message>
    <message>
        <source>Deep pressure on the belly is not advised with your belly condition.</source>
        <translation>Tiefer Druck auf den Bauch wird bei Ihrer Erkrankung im Bauchraum nicht empfohlen.</translation>
    </message>
    <message>
        <source>I have diabetes or another condition that dulls feeling (neuropathy)</source>
        <translation>Ich habe Diabetes oder eine andere Erkrankung, die das Gefühl abschwächt (Neuropathie)</translation>
    </message>
    <message>
        <source>With dulled feeling, pressure can be too hard without warning: Holdpoint uses lighter pressure and shorter holds. Ask your doctor or nurse before you start.</source>
        <translation>Bei abgeschwächtem Gefühl kann der Druck unbemerkt zu stark sein: Holdpoint verwendet leichteren Druck und kürzere Haltephasen. Fragen Sie Ihren Arzt, Ihre Ärztin oder Ihre Pflegefachkraft, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Your feeling may be dulled: press lightly and do not wait for discomfort to tell you when to stop.</source>
        <translation>Ihr Gefühl ist vielleicht abgeschwächt: Drücken Sie leicht und warten Sie nicht darauf, dass Ihnen ein Unbehagen sagt, wann Sie aufhören sollen.</translation>
    </message>
    <message>
        <source>I am over 65</source>
        <translation>Ich bin über 65</translation>
    </message>
    <message>
        <source>Holdpoint uses lighter pressure, shorter holds and more time to get into position.</source>
        <translation>Holdpoint verwendet leichteren Druck, kürzere Haltephasen und mehr Zeit, um in Position zu kommen.</translation>
    </message>
    <message>
        <source>I had an operation in the last 3 months</source>
        <translation>Ich hatte in den letzten 3 Monaten eine Operation</translation>
    </message>
    <message>
        <source>Ask your surgeon or doctor before pressing near the operation. Clots are also more likely after an operation, so the calf is left out.</source>
        <translation>Fragen Sie Ihren Chirurgen, Ihre Chirurgin, Ihren Arzt oder Ihre Ärztin, bevor Sie in der Nähe der Operationsstelle drücken. Nach einer Operation sind außerdem Blutgerinnsel wahrscheinlicher, deshalb wird die Wade ausgelassen.</translation>
    </message>
    <message>
        <source>Keep well away from scars and healing wounds.</source>
        <translation>Halten Sie guten Abstand zu Narben und heilenden Wunden.</translation>
    </message>
    <message>
        <source>Use light pressure: let the ball or tool take only part of your weight, and keep the discomfort mild.</source>
        <translation>Drücken Sie leicht: Lassen Sie den Ball oder das Hilfsmittel nur einen Teil Ihres Gewichts tragen, und halten Sie das Unbehagen gering.</translation>
    </message>
</context>
<context>
    <name>tour</name>
    <message>
        <source>The Map: where to work</source>
        <translation>Die Karte: wo Sie arbeiten</translation>
    </message>
    <message>
        <source>Point at a muscle on the body to see where it is, how to lie on it and where it can send pain. Click it, or press Space, to add it to your routine. Not sure which? “Where does it hurt?” (Ctrl+F) suggests muscles from where you feel pain.</source>
        <translation>Zeigen Sie auf einen Muskel am Körper, um zu sehen, wo er liegt, wie Sie sich darauf legen und wohin er Schmerzen ausstrahlen lassen kann. Klicken Sie ihn an oder drücken Sie die Leertaste, um ihn Ihrem Programm hinzuzufügen. Nicht sicher, welchen? „Wo tut es weh?“ (Strg+F) schlägt Muskeln vor, je nachdem, wo Sie Schmerzen spüren.</translation>
    </message>
    <message>
        <source>The Session: lie down and listen</source>
        <translation>Die Sitzung: hinlegen und zuhören</translation>
    </message>
    <message>
        <source>Start your routine with F5, then lie on your ball or roller. Holdpoint times each hold with sounds and a voice you can follow from the floor. Space pauses; E lets go at once. Sharp, shooting or spreading pain means ease off.</source>
        <translation>Starten Sie Ihr Programm mit F5 und legen Sie sich dann auf Ihren Ball oder Ihre Rolle. Holdpoint misst jede Haltephase mit Tönen und einer Stimme, denen Sie vom Boden aus folgen können. Die Leertaste pausiert; E lässt sofort los. Stechende, einschießende oder ausstrahlende Schmerzen bedeuten: nachlassen.</translation>
    </message>
    <message>
        <source>Your history: how it changes</source>
        <translation>Ihr Verlauf: wie es sich verändert</translation>
    </message>
    <message>
        <source>Rate your pain from 0 to 10 before and after each session. Over the weeks the chart shows how it changes. All of it stays on this computer.</source>
        <translation>Bewerten Sie Ihre Schmerzen vor und nach jeder Sitzung von 0 bis 10. Über die Wochen zeigt das Diagramm, wie sie sich verändern. Alles bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>Cannot tell yet: 1 more rated session with it needed</source>
        <translation>Noch nicht zu sagen: 1 weitere bewertete Sitzung mit ihr nötig</translation>
    </message>
    <message>
        <source>Cannot tell yet: {count} more rated sessions with it needed</source>
        <translation>Noch nicht zu sagen: {count} weitere bewertete Sitzungen mit ihr nötig</translation>
    </message>
    <message>
        <source>Cannot tell yet: 1 more rated session without it needed</source>
        <translation>Noch nicht zu sagen: 1 weitere bewertete Sitzung ohne sie nötig</translation>
    </message>
    <message>
        <source>Cannot tell yet: {count} more rated sessions without it needed</source>
        <translation>Noch nicht zu sagen: {count} weitere bewertete Sitzungen ohne sie nötig</translation>
    </message>
    <message>
        <source>{difference} ± {uncertainty} points more relief with it ({with_count} sessions) than without ({without_count})</source>
        <translation>{difference} ± {uncertainty} Punkte mehr Linderung mit ihr ({with_count} Sitzungen) als ohne ({without_count})</translation>
    </message>
    <message>
        <source>{difference} ± {uncertainty} points less relief with it ({with_count} sessions) than without ({without_count})</source>
        <translation>{difference} ± {uncertainty} Punkte weniger Linderung mit ihr ({with_count} Sitzungen) als ohne ({without_count})</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Sitzungen</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>lower-case names inside a sentence</comment>
        <translation>no</translation>
    </message>
</context>
</TS>
