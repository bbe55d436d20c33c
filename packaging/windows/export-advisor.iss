; Inno Setup script: the Windows installer of the one-folder app (dist\export-advisor).
; Built by scripts/build_dist.py on Windows when Inno Setup's ISCC is installed:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\export-advisor /Odist packaging\windows\export-advisor.iss
;
; - installs for the current user only, without administrator rights (shared and
;   locked-down laptops): into %LOCALAPPDATA%\Programs, Start-menu entry in the user's menu;
; - adds an uninstaller (Settings > Apps, and the Start-menu entry);
; - uninstalling removes only the program files: the user's assessments, settings
;   (HKCU\Software\ExportAdvisor), autosaves and backups (%LOCALAPPDATA%\export-advisor)
;   are kept, so reinstalling or upgrading loses nothing.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\export-advisor"
#endif

[Setup]
AppId={{7B3F6C1E-5A2D-4E8B-9C41-2F6A0D3E8B51}
AppName=Export Readiness Advisor
AppVersion={#AppVersion}
AppPublisher=Export Readiness Advisor developers
DefaultDirName={autopf}\Export Readiness Advisor
DefaultGroupName=Export Readiness Advisor
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsePreviousAppDir=yes
UninstallDisplayIcon={app}\ExportAdvisor.exe
UninstallDisplayName=Export Readiness Advisor
OutputBaseFilename=export-advisor-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#SourceDir}\_internal\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Export Readiness Advisor"; Filename: "{app}\ExportAdvisor.exe"
Name: "{autoprograms}\Uninstall Export Readiness Advisor"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Export Readiness Advisor"; Filename: "{app}\ExportAdvisor.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ExportAdvisor.exe"; Description: "{cm:LaunchProgram,Export Readiness Advisor}"; Flags: nowait postinstall skipifsilent

; No UninstallDelete section and no registry keys deleted at uninstall: the user's data stays.
