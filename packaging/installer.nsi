; PerfDesk (绩效通) Windows installer. Compiled by packaging/build.py (or `makensis -WX`) on Windows or Linux:
;
;   makensis -WX -DVERSION=0.1.0 -DSRCDIR=..\dist\PerfDesk -DOUTFILE=..\dist\PerfDesk-0.1.0-setup.exe installer.nsi
;
; Per-user install into %LOCALAPPDATA%\Programs\PerfDesk without administrator rights (default), or for all
; users into Program Files (choose it on the first page, or /ALLUSERS on the command line, and run the installer
; as administrator). Silent: /S [/ALLUSERS] [/D=folder]. Installing over an older version upgrades in place:
; same folder, same mode; the program files are replaced and the data folder is never touched.
; The data folder %LOCALAPPDATA%\PerfDesk (database, backups, config) survives uninstalling unless the
; unticked "also delete my data" box is ticked.

Unicode true
ManifestDPIAware true
Target amd64-unicode
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z (packaging/build.py does)"
!endif
!ifndef SRCDIR
  !error "Pass -DSRCDIR=folder of the PyInstaller bundle (dist/PerfDesk)"
!endif
!ifndef OUTFILE
  !define OUTFILE "PerfDesk-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\resources\icons\perfdesk.ico"
!endif

!define APP "PerfDesk"
!define APP_ZH "绩效通"
!define PUBLISHER "PerfDesk"
!define EXE "PerfDesk.exe"
!define REG_APP "Software\PerfDesk"
!define REG_UNINST "Software\Microsoft\Windows\CurrentVersion\Uninstall\PerfDesk"
!define DATA_DIR "$LOCALAPPDATA\PerfDesk"

!include MUI2.nsh
!include LogicLib.nsh
!include nsDialogs.nsh
!include FileFunc.nsh
!include WinVer.nsh
!include x64.nsh

Name "${APP_ZH} ${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
BrandingText "${APP} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_ZH} ${APP} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

Var AllUsers        ; 1: all users (Program Files, HKLM), 0: just me
Var Upgrading       ; 1: an earlier install was found; keep its folder and mode
Var ModeRadioMe
Var ModeRadioAll

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${REG_APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
Page custom ModePageShow ModePageLeave
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipWhenUpgrading
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString ModeTitle ${LANG_SIMPCHINESE} "安装方式"
LangString ModeTitle ${LANG_ENGLISH} "Installation type"
LangString ModeSubtitle ${LANG_SIMPCHINESE} "选择为谁安装${APP_ZH}。"
LangString ModeSubtitle ${LANG_ENGLISH} "Choose who can use ${APP}."
LangString ModeMe ${LANG_SIMPCHINESE} "仅为我安装（推荐，不需要管理员权限）"
LangString ModeMe ${LANG_ENGLISH} "Just for me (recommended, no administrator rights needed)"
LangString ModeAll ${LANG_SIMPCHINESE} "为这台电脑的所有用户安装（需要管理员权限）"
LangString ModeAll ${LANG_ENGLISH} "For all users of this computer (needs administrator rights)"
LangString NeedAdmin ${LANG_SIMPCHINESE} "为所有用户安装需要管理员权限。请右键单击安装程序，选择“以管理员身份运行”，或选择“仅为我安装”。"
LangString NeedAdmin ${LANG_ENGLISH} "Installing for all users needs administrator rights. Right-click the installer and choose 'Run as administrator', or choose 'Just for me'."
LangString NeedWin10 ${LANG_SIMPCHINESE} "${APP_ZH}需要 64 位 Windows 10 或 Windows 11。Windows 7 和 8 无法运行 Qt 6 和 Python 3.11。"
LangString NeedWin10 ${LANG_ENGLISH} "${APP} needs 64-bit Windows 10 or 11. Qt 6 and Python 3.11 do not run on Windows 7 or 8."
LangString SecProgram ${LANG_SIMPCHINESE} "程序文件"
LangString SecProgram ${LANG_ENGLISH} "Program files"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString UnSecProgram ${LANG_SIMPCHINESE} "删除程序文件（数据文件夹保留）"
LangString UnSecProgram ${LANG_ENGLISH} "Remove the program files (the data folder is kept)"
LangString UnSecData ${LANG_SIMPCHINESE} "同时删除我的数据（数据库和备份，无法恢复）"
LangString UnSecData ${LANG_ENGLISH} "Also delete my data (database and backups, cannot be undone)"
LangString SelftestName ${LANG_SIMPCHINESE} "${APP_ZH}自检"
LangString SelftestName ${LANG_ENGLISH} "${APP} self-test"

; ---------------------------------------------------------------------------------------------------------------
Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} 10240
    MessageBox MB_ICONSTOP "$(NeedWin10)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
  StrCpy $AllUsers 0
  StrCpy $Upgrading 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}
  ; an earlier install (per-user first, then all users) decides folder and mode: upgrade in place
  ReadRegStr $R2 HKCU "${REG_APP}" "InstallDir"
  ${If} $R2 != ""
    StrCpy $AllUsers 0
  ${Else}
    ReadRegStr $R2 HKLM "${REG_APP}" "InstallDir"
    ${If} $R2 != ""
      StrCpy $AllUsers 1
    ${EndIf}
  ${EndIf}
  ${If} $R2 != ""
    StrCpy $Upgrading 1
    StrCpy $INSTDIR $R2
  ${EndIf}
  Call ApplyMode
  ${If} $AllUsers == 1
  ${AndIf} ${Silent}
    Call IsAdmin
    Pop $R3
    ${If} $R3 != 1
      MessageBox MB_ICONSTOP "$(NeedAdmin)" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Function IsAdmin
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    Push 1
  ${Else}
    Push 0
  ${EndIf}
FunctionEnd

Function ApplyMode
  ${If} $AllUsers == 1
    SetShellVarContext all
    ${If} $Upgrading == 0
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
    ${EndIf}
  ${Else}
    SetShellVarContext current
    ${If} $Upgrading == 0
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APP}"
    ${EndIf}
  ${EndIf}
FunctionEnd

Function SkipWhenUpgrading
  ${If} $Upgrading == 1
    Abort
  ${EndIf}
FunctionEnd

Function ModePageShow
  ${If} $Upgrading == 1
    Abort
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(ModeTitle)" "$(ModeSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateRadioButton} 0 10u 100% 14u "$(ModeMe)"
  Pop $ModeRadioMe
  ${NSD_CreateRadioButton} 0 34u 100% 14u "$(ModeAll)"
  Pop $ModeRadioAll
  ${If} $AllUsers == 1
    ${NSD_Check} $ModeRadioAll
  ${Else}
    ${NSD_Check} $ModeRadioMe
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function ModePageLeave
  ${NSD_GetState} $ModeRadioAll $0
  ${If} $0 == ${BST_CHECKED}
    Call IsAdmin
    Pop $1
    ${If} $1 != 1
      MessageBox MB_ICONEXCLAMATION "$(NeedAdmin)"
      Abort
    ${EndIf}
    StrCpy $AllUsers 1
  ${Else}
    StrCpy $AllUsers 0
  ${EndIf}
  Call ApplyMode
FunctionEnd

; ---------------------------------------------------------------------------------------------------------------
Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; upgrade in place: old program files go (stale modules would shadow new ones); the data folder is elsewhere
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRCDIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_ZH} ${APP}.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\$(SelftestName).lnk" "$SYSDIR\cmd.exe" '/k ""$INSTDIR\perfdesk-cli.exe" --selftest"' "$INSTDIR\${EXE}"
  WriteRegStr SHCTX "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${REG_APP}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${REG_UNINST}" "DisplayName" "${APP_ZH} ${APP}"
  WriteRegStr SHCTX "${REG_UNINST}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${REG_UNINST}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${REG_UNINST}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr SHCTX "${REG_UNINST}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${REG_UNINST}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${REG_UNINST}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${REG_UNINST}" "NoModify" 1
  WriteRegDWORD SHCTX "${REG_UNINST}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${REG_UNINST}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_ZH} ${APP}.lnk" "$INSTDIR\${EXE}"
SectionEnd

; ---------------------------------------------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  ReadRegStr $0 HKLM "${REG_APP}" "InstallDir"
  ${If} $0 == $INSTDIR
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "!un.$(UnSecProgram)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\${APP_ZH} ${APP}.lnk"
  Delete "$SMPROGRAMS\$(SelftestName).lnk"
  Delete "$DESKTOP\${APP_ZH} ${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\perfdesk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: never remove what the user put there
  DeleteRegKey SHCTX "${REG_UNINST}"
  DeleteRegKey SHCTX "${REG_APP}"
SectionEnd

Section /o "un.$(UnSecData)" UnSecData
  SetShellVarContext current  ; the data folder is always the user's own
  RMDir /r "${DATA_DIR}"
SectionEnd
