<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CohortLens::CohortFilter</name>
    <message numerus="yes">
        <source>%n arms</source>
        <translation>
            <numerusform>%n arms</numerusform><numerusform>%n arms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sexes</source>
        <translation>
            <numerusform>%n sexes</numerusform><numerusform>%n sexes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n primary sites</source>
        <translation>
            <numerusform>%n primary sites</numerusform><numerusform>%n primary sites</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conditions</source>
        <translation>
            <numerusform>%n conditions</numerusform><numerusform>%n conditions</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortOptions</name>
    <message numerus="yes">
        <source>%n problem(s) in %1; correct the file and run again</source>
        <translation>
            <numerusform>%n problem in %1; correct the file and run again</numerusform><numerusform>%n problems in %1; correct the file and run again</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::CompareCommand</name>
    <message numerus="yes">
        <source>%n row(s) without a %1 left out</source>
        <translation>
            <numerusform>%n row without a %1 left out</numerusform><numerusform>%n rows without a %1 left out</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonFormatter</name>
    <message numerus="yes">
        <source>%n row(s) without a %1 left out</source>
        <translation>
            <numerusform>%n row without a %1 left out</numerusform><numerusform>%n rows without a %1 left out</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonTableModel</name>
    <message numerus="yes">
        <source>%n patient(s) with a value</source>
        <translation>
            <numerusform>%n patient with a value</numerusform><numerusform>%n patients with a value</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Log-rank test: χ² = %1 on %n degree(s) of freedom</source>
        <translation>
            <numerusform>Log-rank test: χ² = %1 on %n degree of freedom</numerusform><numerusform>Log-rank test: χ² = %1 on %n degrees of freedom</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) still at risk</source>
        <translation>
            <numerusform>%n patient still at risk</numerusform><numerusform>%n patients still at risk</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportCommand</name>
    <message numerus="yes">
        <source>Appended %n patient(s) from %1 to %2, which now holds %3 patients</source>
        <translation>
            <numerusform>Appended %n patient from %1 to %2, which now holds %3 patients</numerusform><numerusform>Appended %n patients from %1 to %2, which now holds %3 patients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s) from %1 into %2</source>
        <translation>
            <numerusform>Imported %n patient from %1 into %2</numerusform><numerusform>Imported %n patients from %1 into %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… and %n more problem not listed</numerusform><numerusform>… and %n more problems not listed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and %2 is unchanged</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported and %2 is unchanged</numerusform><numerusform>%n problems in %1; nothing was imported and %2 is unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and no database was created</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported and no database was created</numerusform><numerusform>%n problems in %1; nothing was imported and no database was created</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportProblemsDialog</name>
    <message numerus="yes">
        <source>%1 was not opened: it has %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>%1 was not opened: it has %n problem. Nothing was changed.</numerusform><numerusform>%1 was not opened: it has %n problems. Nothing was changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first %n are listed.</numerusform><numerusform>The first %n are listed.</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::KaplanMeierChart</name>
    <message numerus="yes">
        <source>%1 (n = %2, %Ln event(s))</source>
        <extracomment>Legend entry of a survival curve: group name, patients, events</extracomment>
        <translation>
            <numerusform>%1 (n = %2, %Ln event)</numerusform><numerusform>%1 (n = %2, %Ln events)</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::MainWindow</name>
    <message numerus="yes">
        <source>%1 was not opened: it has %n problem(s).</source>
        <translation>
            <numerusform>%1 was not opened: it has %n problem.</numerusform><numerusform>%1 was not opened: it has %n problems.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 of %n patient</numerusform><numerusform>%1 of %n patients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported into %1. Open the registry now?</source>
        <translation>
            <numerusform>%n patient imported into %1. Open the registry now?</numerusform><numerusform>%n patients imported into %1. Open the registry now?</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryImporter</name>
    <message numerus="yes">
        <source>%1 already holds a registry of %n patient(s); add --append to add patients to it, or --replace to replace them</source>
        <translation>
            <numerusform>%1 already holds a registry of %n patient; add --append to add patients to it, or --replace to replace them</numerusform><numerusform>%1 already holds a registry of %n patients; add --append to add patients to it, or --replace to replace them</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalFormatter</name>
    <message numerus="yes">
        <source>%n patient(s) analysed</source>
        <translation>
            <numerusform>%n patient analysed</numerusform><numerusform>%n patients analysed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) excluded</source>
        <translation>
            <numerusform>; %n row excluded</numerusform><numerusform>; %n rows excluded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: chi-square %2 on %n df, p = %3</source>
        <translation>
            <numerusform>%1: chi-square %2 on %n df, p = %3</numerusform><numerusform>%1: chi-square %2 on %n df, p = %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n left out for a missing covariate</source>
        <translation>
            <numerusform>; %n left out for a missing covariate</numerusform><numerusform>; %n left out for a missing covariate</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>%1: %n patient(s)</source>
        <translation>
            <numerusform>%1: %n patient</numerusform><numerusform>%1: %n patients</numerusform></translation>
    </message>
</context>
</TS>
