@echo off
rem cptskit command line for Windows. Builds the CLI when its jar is missing, then runs it with java.
setlocal
set ROOT=%~dp0
set JAR=%ROOT%cpts-cli\target\cpts-cli-0.1.0-SNAPSHOT.jar
if not exist "%JAR%" (
  echo cpts: building the command line... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -ntp -DskipTests -Djacoco.skip=true -pl cpts-cli -am package 1>&2 || (popd & exit /b 3)
  popd
)
java %CPTS_JAVA_OPTS% -cp "%JAR%;%ROOT%cpts-cli\target\lib\*" io.github.cptskit.cli.Main %*
