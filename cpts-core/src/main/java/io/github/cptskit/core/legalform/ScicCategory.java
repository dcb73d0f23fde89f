package io.github.cptskit.core.legalform;

/** Categories of associates of a SCIC (loi n° 47-1775 du 10 septembre 1947, art. 19 septies). */
public enum ScicCategory {
    /** Employees of the cooperative (salariés). */
    SALARIES,
    /** Producers of the goods or services, required when there are no employees. */
    PRODUCTEURS,
    /** Habitual beneficiaries of its goods or services (always required). */
    BENEFICIAIRES,
    /** Volunteers (bénévoles). */
    BENEVOLES,
    /** Public bodies (collectivités, groupements, établissements publics territoriaux). */
    COLLECTIVITES_PUBLIQUES,
    /** Any other person contributing to the activity. */
    AUTRES
}
