// The consumer check's two runs: the class path works; the module path fails for HAPI's own reason
// (ResourceBundle.Control in named modules), not for another one hidden behind the same exit status.
def log = new File(basedir, 'build.log').text
assert log.contains('cpts-fhir consumer check (class path)') : 'the class-path run did not complete'
assert log.contains('ResourceBundle.Control not supported in named modules') :
        'the module-path run did not fail as documented (docs/fhir.md, "Module path"): has HAPI changed?'
assert !log.contains('cpts-fhir consumer check (module path)') :
        'the module-path run now works: update docs/fhir.md ("Module path") and this check'
return true
