<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>main</name>
    <message numerus="yes">
        <source>%1: %n patient(s)</source>
        <translation>
            <numerusform>%1: %n patient</numerusform><numerusform>%1: %n patients</numerusform></translation>
    </message>
</context>
</TS>
