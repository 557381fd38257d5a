@echo off
rem HisOps launcher for Windows. Uses the runtime in jre\ when present, else JAVA_HOME, else javaw on PATH.
rem Arguments are passed to the product: -nl zh_CN (or en) picks the language, -data DIR the data folder.
setlocal
set "HERE=%~dp0"
set "JAVA=javaw.exe"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\javaw.exe" set "JAVA=%JAVA_HOME%\bin\javaw.exe"
if exist "%HERE%jre\bin\javaw.exe" set "JAVA=%HERE%jre\bin\javaw.exe"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo HisOps: plugins\org.eclipse.equinox.launcher_*.jar is missing; reinstall the product.
  exit /b 1
)
start "HisOps" "%JAVA%" -Xms128m -Xmx1024m -Dosgi.requiredJavaVersion=21 -jar "%LAUNCHER%" %*
endlocal
