; Holdpoint - Windows installer (Inno Setup 6.3 or later; x64compatible needs 6.3).
;
; Not run by hand as a rule: `python packaging/build` compiles it when iscc is on PATH:
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=C:\...\dist\Holdpoint
;        /DIconFile=C:\...\build\icons\holdpoint.ico /OC:\...\dist packaging\windows\holdpoint.iss
;
; and it writes dist\holdpoint-VERSION-windows-x64-setup.exe. See packaging/README.md.
;
; The installer is per user: no administrator rights, no UAC prompt. The program goes to
; %LOCALAPPDATA%\Programs\Holdpoint ({autopf} in non-administrative mode); the wizard
; offers "install for all users" (Program Files, needs an administrator) as well.
;
; The person's history, backups and settings are NOT in the program folder. Holdpoint
; keeps them in the user data folder that platformdirs names, %LOCALAPPDATA%\Holdpoint
; (history database, backups, settings.ini). This installer never writes there, and the
; uninstaller deliberately leaves it alone: uninstalling, or installing a new version over
; an old one, never deletes anyone's pain history. To remove it too, delete that folder.

; ---------------------------------------------------------------------------------------
; Values given on the iscc command line (/DName=value). Fail early and clearly without them.
#ifndef AppVersion
  #error Define AppVersion, e.g. iscc /DAppVersion=0.1.0 (python packaging/build does this)
#endif
#ifndef SourceDir
  #error Define SourceDir: the absolute path of the PyInstaller bundle dist\Holdpoint
#endif
#ifndef IconFile
  #error Define IconFile: the absolute path of build\icons\holdpoint.ico
#endif
#if !FileExists(AddBackslash(SourceDir) + "holdpoint.exe")
  #error SourceDir does not hold holdpoint.exe: build the bundle first (python packaging/build)
#endif

#define AppName "Holdpoint"
#define AppExeName "holdpoint.exe"
#define AppPublisher "The Holdpoint team"

[Setup]
; AppId identifies Holdpoint to Windows (Apps & features, upgrades in place). It must never
; change: a new GUID would make the next version install beside this one instead of over it.
; The doubled opening brace is Inno Setup's escape for a literal "{".
AppId={{4BA60444-BF80-4862-B4B3-35F6D37E3209}
AppName={#AppName}
AppVersion={#AppVersion}
; Set explicitly: Inno Setup 6 and 7 have different defaults for it.
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup

; Per-user install by default; the dialog lets the person choose all users instead.
; (Allowing "dialog" also allows the /CURRENTUSER and /ALLUSERS command-line switches.)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes

; The bundle is 64-bit x64 code: run on x64 Windows and on Arm64 Windows 11 (emulation),
; and install in 64-bit mode (native Program Files when installing for all users).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

SetupIconFile={#IconFile}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; The build passes /O<abs dist>; this default only matters when compiling by hand.
OutputDir=..\..\dist
OutputBaseFilename=holdpoint-{#AppVersion}-windows-x64-setup

Uninstallable=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
; Offer to close a running Holdpoint before files are replaced or removed.
CloseApplications=yes

; Optional: sign the uninstaller too (the build signs holdpoint.exe and the setup itself).
; Compile with  /DSign "/Sholdpointsign=signtool sign /fd SHA256 /tr <url> /td SHA256 /sha1 <thumbprint> $f"
#ifdef Sign
SignTool=holdpointsign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: holdpoint.exe, _internal\ (Python, Qt, holdpoint\resources).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries wholesale, so no file of an older version is
; left behind to be picked up by the new one. Only the program folder: never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Guided trigger-point self-massage for sciatica-like pain"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry on purpose: the uninstaller removes what it installed and
; nothing else. The history in %LOCALAPPDATA%\Holdpoint stays (see the top of this file).
