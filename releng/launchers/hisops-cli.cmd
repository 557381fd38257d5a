@echo off
rem HisOps command line (no window): hisops-cli [-data DIR] [-nl zh_CN|en] <command> [options];
rem "hisops-cli help" lists the commands. For the Windows task scheduler: the exit code is the command's (docs\cli.md).
setlocal
set "HERE=%~dp0"
set "JAVA=java.exe"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%HERE%jre\bin\java.exe" set "JAVA=%HERE%jre\bin\java.exe"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo HisOps: plugins\org.eclipse.equinox.launcher_*.jar is missing; reinstall the product.
  exit /b 1
)
"%JAVA%" -Xms64m -Xmx1024m -Djava.awt.headless=true -Dosgi.requiredJavaVersion=21 %HISOPS_VMARGS% -jar "%LAUNCHER%" -nosplash -application org.hisops.cli.core.cli %*
exit /b %ERRORLEVEL%
