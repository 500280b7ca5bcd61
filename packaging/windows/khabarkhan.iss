; Inno Setup 6 script for the Khabarkhan Windows installer.
; Build the bundle first (packaging\windows\build.ps1 does both), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\khabarkhan.iss
; Output: dist\khabarkhan-<version>-windows-x64-setup.exe
;
; Installs per user by default (no administrator rights; the wizard offers "for all users"),
; with Start-menu and desktop shortcuts and an uninstaller. The library, settings and logs live
; in the user's AppData and are kept on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Khabarkhan"
#define AppExe "khabarkhan.exe"
#define DistDir "..\..\dist\khabarkhan"

[Setup]
; Never change AppId: Windows uses it to find the installed version for upgrades/uninstall.
AppId={{01DD7769-EF46-49B0-8AD6-7AA024BD49FB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Khabarkhan developers
AppPublisherURL=https://github.com/khabarkhan/khabarkhan
AppSupportURL=https://github.com/khabarkhan/khabarkhan/issues
AppComments=Read and search archives of Persian news
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=khabarkhan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=khabarkhan-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "foldermenu"; Description: "Add ""Open with Khabarkhan"" to the context menu of folders"; GroupDescription: "Integration:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Read and search archives of Persian news"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Optional: right-click a folder -> Open with Khabarkhan (imports it). HKA is HKCU for a
; per-user install and HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\Directory\shell\Khabarkhan"; ValueType: string; ValueName: ""; ValueData: "Open with Khabarkhan"; Flags: uninsdeletekey; Tasks: foldermenu
Root: HKA; Subkey: "Software\Classes\Directory\shell\Khabarkhan"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"; Tasks: foldermenu
Root: HKA; Subkey: "Software\Classes\Directory\shell\Khabarkhan\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: foldermenu
; "Open with" list for files (never the default program for them)
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
