; 组织生活记录本 — the per-user Windows installer (NSIS 3, Unicode): no administrator rights needed.
;
;   makensis /DBUNDLE=..\..\build\dist\orglife /DVERSION=0.1.0 /DOUTFILE=..\..\build\orglife-setup.exe orglife.nsi
;
; Installs the program's folder (PyInstaller onedir) to %LOCALAPPDATA%\Programs\OrgLife, a start-menu entry and a
; desktop shortcut, and an entry in 设置 → 应用 for uninstalling. The clerk's data is elsewhere
; (%LOCALAPPDATA%\OrgLife: database, backups, settings) and the uninstaller leaves it as it is.

Unicode true
!include "MUI2.nsh"

!ifndef BUNDLE
  !define BUNDLE "..\..\build\dist\orglife"
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\build\orglife-${VERSION}-setup.exe"
!endif
!define NAME "组织生活记录本"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OrgLife"

Name "${NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\OrgLife"
InstallDirRegKey HKCU "Software\OrgLife" "InstallDir"
SetCompressor /SOLID lzma
ManifestDPIAware true
BrandingText "${NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${NAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "OrgLife"

!define MUI_ICON "..\..\resources\icon\orglife.ico"
!define MUI_UNICON "..\..\resources\icon\orglife.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "本程序将把“${NAME}”安装到您的用户文件夹中，不需要管理员权限。$\r$\n$\r$\n程序不联网，所有记录只保存在本机。$\r$\n$\r$\n点击“下一步”继续。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\orglife.exe"
!define MUI_FINISHPAGE_RUN_TEXT "现在打开${NAME}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从本电脑卸载“${NAME}”程序。您的记录、备份和设置（$LOCALAPPDATA\OrgLife）会保留，重新安装后可以继续使用。"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "${NAME}" Main
  SectionIn RO
  ; a previous version's program files go first (never the data folder, which is not under $INSTDIR)
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\orglife.exe" "" "$INSTDIR\orglife.exe" 0
  CreateShortcut "$DESKTOP\${NAME}.lnk" "$INSTDIR\orglife.exe" "" "$INSTDIR\orglife.exe" 0
  WriteRegStr HKCU "Software\OrgLife" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "OrgLife"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\orglife.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  SectionGetSize ${Main} $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; only what the installer put there: a folder chosen by hand may hold other files
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\orglife.exe"
  Delete "$INSTDIR\orglife-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$DESKTOP\${NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "Software\OrgLife" "InstallDir"
  DeleteRegKey /ifempty HKCU "Software\OrgLife"
  DetailPrint "您的记录、备份和设置保留在 $LOCALAPPDATA\OrgLife"
SectionEnd
