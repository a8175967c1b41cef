<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CohortLens::ChartExporter</name>
    <message>
        <source>a resolution of %1 dpi is outside %2–%3 dpi</source>
        <translation>eine Auflösung von %1 dpi liegt außerhalb von %2–%3 dpi</translation>
    </message>
    <message>
        <source>a size of %1 × %2 pixels is outside 1–%3 pixels per side</source>
        <translation>eine Größe von %1 × %2 Pixeln liegt außerhalb von 1–%3 Pixeln je Seite</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>Erstellt mit %1</translation>
    </message>
    <message>
        <source>Cannot write %1: give it the extension .png, .pdf or .svg</source>
        <translation>%1 kann nicht geschrieben werden: geben Sie ihr die Endung .png, .pdf oder .svg</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the figure could not be drawn at %1 × %2 pixels</source>
        <translation>die Abbildung konnte nicht mit %1 × %2 Pixeln gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortFilter</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 oder %3</translation>
    </message>
    <message>
        <source>Any presentation</source>
        <translation>Beliebige Symptomatik</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Karzinoid-Syndrom</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia</source>
        <translation>Obstruktion oder Ischämie</translation>
    </message>
    <message>
        <source>Carcinoid syndrome and obstruction</source>
        <translation>Karzinoid-Syndrom und Obstruktion</translation>
    </message>
    <message>
        <source>Carcinoid syndrome without obstruction</source>
        <translation>Karzinoid-Syndrom ohne Obstruktion</translation>
    </message>
    <message>
        <source>Obstruction without carcinoid syndrome</source>
        <translation>Obstruktion ohne Karzinoid-Syndrom</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>cytoreduction</source>
        <translation>Zytoreduktion</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medikamentöse Therapie</translation>
    </message>
    <message numerus="yes">
        <source>%n arms</source>
        <translation>
            <numerusform>%n Therapiearm</numerusform>
            <numerusform>%n Therapiearme</numerusform>
        </translation>
    </message>
    <message>
        <source>sex %1</source>
        <translation>Geschlecht %1</translation>
    </message>
    <message>
        <source>men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>women</source>
        <translation>Frauen</translation>
    </message>
    <message numerus="yes">
        <source>%n sexes</source>
        <translation>
            <numerusform>%n Geschlecht</numerusform>
            <numerusform>%n Geschlechter</numerusform>
        </translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>Alter %1</translation>
    </message>
    <message>
        <source>age %1–%2</source>
        <translation>Alter %1–%2</translation>
    </message>
    <message>
        <source>age ≥ %1</source>
        <translation>Alter ≥ %1</translation>
    </message>
    <message>
        <source>age ≤ %1</source>
        <translation>Alter ≤ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n primary sites</source>
        <translation>
            <numerusform>%n Primärlokalisation</numerusform>
            <numerusform>%n Primärlokalisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-up %1 months</source>
        <translation>Follow-up %1 Monate</translation>
    </message>
    <message>
        <source>follow-up %1–%2 months</source>
        <translation>Follow-up %1–%2 Monate</translation>
    </message>
    <message>
        <source>follow-up ≥ %1 months</source>
        <translation>Follow-up ≥ %1 Monate</translation>
    </message>
    <message>
        <source>follow-up ≤ %1 months</source>
        <translation>Follow-up ≤ %1 Monate</translation>
    </message>
    <message numerus="yes">
        <source>%n conditions</source>
        <translation>
            <numerusform>%n Bedingung</numerusform>
            <numerusform>%n Bedingungen</numerusform>
        </translation>
    </message>
    <message>
        <source>selected by patient ID</source>
        <translation>nach Patienten-ID ausgewählt</translation>
    </message>
    <message>
        <source>(an ID)</source>
        <translation>(eine ID)</translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortOptions</name>
    <message>
        <source>A registry: a CSV file, or a database made by cohortlens import.</source>
        <translation>Ein Register: eine CSV-Datei oder eine mit cohortlens import erstellte Datenbank.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Keep the patients with COLUMN OP VALUE, OP one of = != &lt; &lt;= &gt; &gt;= (repeatable; all must hold).</source>
        <translation>Behält die Patienten mit SPALTE OP WERT, wobei OP einer von = != &lt; &lt;= &gt; &gt;= ist (wiederholbar; alle Bedingungen müssen zutreffen).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>Keep the patients presenting with: any, cs, obstruction, both, cs-only, obstruction-only.</source>
        <translation>Behält die Patienten mit dieser Symptomatik bei Erstvorstellung: any, cs, obstruction, both, cs-only, obstruction-only.</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>AUSWAHL</translation>
    </message>
    <message>
        <source>Output: json, csv or text.</source>
        <translation>Ausgabe: json, csv oder text.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Run cohortlens %1 --help for the options.</source>
        <translation>Führen Sie cohortlens %1 --help aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--input PATH is required</source>
        <translation>--input PFAD ist erforderlich</translation>
    </message>
    <message>
        <source>give --input once</source>
        <translation>geben Sie --input nur einmal an</translation>
    </message>
    <message>
        <source>--format %1: use json, csv or text</source>
        <translation>--format %1: verwenden Sie json, csv oder text</translation>
    </message>
    <message>
        <source>--presentation %1: use any, cs, obstruction, both, cs-only or obstruction-only</source>
        <translation>--presentation %1: verwenden Sie any, cs, obstruction, both, cs-only oder obstruction-only</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; correct the file and run again</source>
        <translation>
            <numerusform>%n Problem in %1; korrigieren Sie die Datei und führen Sie den Befehl erneut aus</numerusform>
            <numerusform>%n Probleme in %1; korrigieren Sie die Datei und führen Sie den Befehl erneut aus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ColumnMapping</name>
    <message>
        <source>--map %1: expected FIELD=COLUMN, e.g. followup_months=months</source>
        <translation>--map %1: erwartet wird FELD=SPALTE, z. B. followup_months=months</translation>
    </message>
    <message>
        <source>--map %1: %2 is not a registry field; the fields are %3</source>
        <translation>--map %1: %2 ist kein Registerfeld; die Felder sind %3</translation>
    </message>
    <message>
        <source>--map %1: %2 is mapped twice</source>
        <translation>--map %1: %2 ist doppelt zugeordnet</translation>
    </message>
    <message>
        <source>the column name appears twice in the header; rename one of them</source>
        <translation>der Spaltenname kommt in der Kopfzeile zweimal vor; benennen Sie eine der Spalten um</translation>
    </message>
    <message>
        <source>no such column in the file, but %1 is mapped to it; check the spelling of the mapping</source>
        <translation>diese Spalte fehlt in der Datei, aber %1 ist ihr zugeordnet; prüfen Sie die Schreibweise der Zuordnung</translation>
    </message>
    <message>
        <source>the column is mapped to two registry fields</source>
        <translation>die Spalte ist zwei Registerfeldern zugeordnet</translation>
    </message>
    <message>
        <source>required column is missing; add it, or give both operation_date and last_followup_date, or map it with --map followup_months=COLUMN</source>
        <translation>Pflichtspalte fehlt; fügen Sie sie hinzu, geben Sie operation_date und last_followup_date an oder ordnen Sie sie mit --map followup_months=SPALTE zu</translation>
    </message>
    <message>
        <source>required column is missing; add it or map it with --map %1=COLUMN</source>
        <translation>Pflichtspalte fehlt; fügen Sie sie hinzu oder ordnen Sie sie mit --map %1=SPALTE zu</translation>
    </message>
    <message>
        <source>%1 is mapped to column %2, so this column would be ignored; rename or remove it</source>
        <translation>%1 ist der Spalte %2 zugeordnet, daher würde diese Spalte ignoriert; benennen Sie sie um oder entfernen Sie sie</translation>
    </message>
</context>
<context>
    <name>CohortLens::ColumnMappingDialog</name>
    <message>
        <source>Choose the Columns to Analyse</source>
        <translation>Zu analysierende Spalten wählen</translation>
    </message>
    <message>
        <source>%1 is not in the registry format CohortLens knows. Choose which of its columns hold the follow-up time, the event and the groups to compare.</source>
        <translation>%1 liegt nicht in dem Registerformat vor, das CohortLens kennt. Wählen Sie, welche Spalten die Follow-up-Zeit, das Ereignis und die zu vergleichenden Gruppen enthalten.</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Zeitspalte</translation>
    </message>
    <message>
        <source>Event column</source>
        <translation>Ereignisspalte</translation>
    </message>
    <message>
        <source>Values that mean the event happened</source>
        <translation>Werte, die das Eintreten des Ereignisses bedeuten</translation>
    </message>
    <message>
        <source>(everyone as one group)</source>
        <translation>(alle als eine Gruppe)</translation>
    </message>
    <message>
        <source>Group column</source>
        <translation>Gruppenspalte</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Event &amp;values:</source>
        <translation>Ereignis&amp;werte:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>The time column should hold numbers (e.g. months of follow-up).</source>
        <translation>Die Zeitspalte sollte Zahlen enthalten (z. B. Monate Follow-up).</translation>
    </message>
    <message>
        <source>Tick the value or values that mean the event happened.</source>
        <translation>Haken Sie den Wert oder die Werte an, die das Eintreten des Ereignisses bedeuten.</translation>
    </message>
    <message>
        <source>Time and event must be different columns.</source>
        <translation>Zeit und Ereignis müssen verschiedene Spalten sein.</translation>
    </message>
</context>
<context>
    <name>CohortLens::CompareCommand</name>
    <message>
        <source>The per-group comparison table: counts and percentages with Wilson intervals, Pearson chi-square, Yates and Fisher tests and odds ratios for yes/no and categorical rows; mean, SD, median, IQR and range with Wilcoxon and Welch tests for numeric rows. The default test per row follows gtsummary.</source>
        <translation>Die Vergleichstabelle nach Gruppen: Häufigkeiten und Prozentsätze mit Wilson-Intervallen, Chi-Quadrat-Test nach Pearson, Yates- und Fisher-Test sowie Odds Ratios für Ja/Nein- und kategoriale Zeilen; Mittelwert, SD, Median, IQR und Spannweite mit Wilcoxon- und Welch-Test für numerische Zeilen. Der Standardtest je Zeile folgt gtsummary.</translation>
    </message>
    <message>
        <source>The group column (default arm), or none.</source>
        <translation>Die Gruppenspalte (Standard: arm) oder none.</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>Further rows: columns, each optionally with :binary, :categorical or :continuous.</source>
        <translation>Weitere Zeilen: Spalten, jeweils optional mit :binary, :categorical oder :continuous.</translation>
    </message>
    <message>
        <source>COL[:TYPE],...</source>
        <translation>SPALTE[:TYP],...</translation>
    </message>
    <message>
        <source>Confidence level of the percentages&apos; intervals.</source>
        <translation>Konfidenzniveau der Intervalle der Prozentsätze.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Interval of the percentages: wilson or clopper-pearson.</source>
        <translation>Intervall der Prozentsätze: wilson oder clopper-pearson.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>--variables %1: write COLUMN or COLUMN:binary, COLUMN:categorical, COLUMN:continuous</source>
        <translation>--variables %1: schreiben Sie SPALTE oder SPALTE:binary, SPALTE:categorical, SPALTE:continuous</translation>
    </message>
    <message>
        <source>--conf-level %1: give a number between 0 and 1, e.g. 0.95</source>
        <translation>--conf-level %1: geben Sie eine Zahl zwischen 0 und 1 an, z. B. 0.95</translation>
    </message>
    <message>
        <source>--interval %1: use wilson or clopper-pearson</source>
        <translation>--interval %1: verwenden Sie wilson oder clopper-pearson</translation>
    </message>
    <message>
        <source>no patient is left to compare (check the filter)</source>
        <translation>es bleibt kein Patient zum Vergleichen übrig (prüfen Sie den Filter)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a value in %1 left out</source>
        <translation>
            <numerusform>%n Zeile ohne Wert in %1 ausgelassen</numerusform>
            <numerusform>%n Zeilen ohne Wert in %1 ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonAnalysis</name>
    <message>
        <source>Carcinoid syndrome at presentation</source>
        <translation>Karzinoid-Syndrom bei Erstvorstellung</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia at presentation</source>
        <translation>Obstruktion oder Ischämie bei Erstvorstellung</translation>
    </message>
    <message>
        <source>Carcinoid syndrome improved</source>
        <translation>Karzinoid-Syndrom gebessert</translation>
    </message>
    <message>
        <source>Obstructive symptoms relieved</source>
        <translation>Obstruktive Symptome gelindert</translation>
    </message>
    <message>
        <source>Postoperative morbidity (operated patients)</source>
        <translation>Postoperative Morbidität (operierte Patienten)</translation>
    </message>
    <message>
        <source>Postoperative (30-day) mortality</source>
        <translation>Postoperative Mortalität (30 Tage)</translation>
    </message>
    <message>
        <source>Follow-up (months)</source>
        <translation>Follow-up (Monate)</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Alter (Jahre)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Primärlokalisation</translation>
    </message>
    <message>
        <source>this file is not in the native registry format, so name the rows to compare: --variables COLUMN[:binary|:categorical|:continuous],...; the columns are %1</source>
        <translation>diese Datei liegt nicht im nativen Registerformat vor; geben Sie daher die zu vergleichenden Zeilen an: --variables SPALTE[:binary|:categorical|:continuous],...; die Spalten sind %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not a yes/no column; compare it as :categorical</source>
        <translation>%1 ist keine Ja/Nein-Spalte; vergleichen Sie sie als :categorical</translation>
    </message>
    <message>
        <source>%1 is not a numeric column (&quot;%2&quot; in row %3); compare it as :categorical</source>
        <translation>%1 ist keine numerische Spalte („%2“ in Zeile %3); vergleichen Sie sie als :categorical</translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonFormatter</name>
    <message>
        <source>Pearson χ²</source>
        <translation>Pearson-χ²</translation>
    </message>
    <message>
        <source>χ² with Yates&apos; correction</source>
        <translation>χ² mit Yates-Korrektur</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Exakter Fisher-Test</translation>
    </message>
    <message>
        <source>Wilcoxon rank-sum test</source>
        <translation>Wilcoxon-Rangsummentest</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test</source>
        <translation>Welch-t-Test</translation>
    </message>
    <message>
        <source>mean (SD)</source>
        <translation>Mittelwert (SD)</translation>
    </message>
    <message>
        <source>median (IQR)</source>
        <translation>Median (IQR)</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a value in %1 left out</source>
        <translation>
            <numerusform>%n Zeile ohne Wert in %1 ausgelassen</numerusform>
            <numerusform>%n Zeilen ohne Wert in %1 ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonPanel</name>
    <message>
        <source>Comparison of the groups</source>
        <translation>Vergleich der Gruppen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (or the whole table) as tab-separated text, for a spreadsheet or a manuscript</source>
        <translation>Kopiert die ausgewählten Zeilen (oder die ganze Tabelle) als tabulatorgetrennten Text, für eine Tabellenkalkulation oder ein Manuskript</translation>
    </message>
    <message>
        <source>Test for “%1”</source>
        <translation>Test für „%1“</translation>
    </message>
    <message>
        <source>%1   (p = %2)</source>
        <translation>%1   (p = %2)</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>Tabelle &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;whole table</source>
        <translation>&amp;Ganze Tabelle kopieren</translation>
    </message>
    <message>
        <source>Counts: n/N (%). Continuous values: mean (SD), median (interquartile range) and range. Right-click a row to choose another test; %1 copies the selected rows.</source>
        <translation>Häufigkeiten: n/N (%). Stetige Werte: Mittelwert (SD), Median (Interquartilsabstand) und Spannweite. Klicken Sie mit der rechten Maustaste auf eine Zeile, um einen anderen Test zu wählen; %1 kopiert die ausgewählten Zeilen.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonTableModel</name>
    <message>
        <source>Compares proportions between groups; valid when every expected count is at least 5.</source>
        <translation>Vergleicht Anteile zwischen Gruppen; gültig, wenn jede erwartete Häufigkeit mindestens 5 beträgt.</translation>
    </message>
    <message>
        <source>Pearson&apos;s χ² with a continuity correction for a 2×2 table; more cautious (larger p) when counts are small.</source>
        <translation>Pearson-χ² mit Stetigkeitskorrektur für eine 2×2-Tafel; vorsichtiger (größeres p) bei kleinen Häufigkeiten.</translation>
    </message>
    <message>
        <source>Exact test of proportions between groups; valid for any counts, the choice when some expected count is below 5.</source>
        <translation>Exakter Test auf Unterschiede der Anteile zwischen Gruppen; gültig für beliebige Häufigkeiten; Mittel der Wahl, wenn eine erwartete Häufigkeit unter 5 liegt.</translation>
    </message>
    <message>
        <source>Compares the distributions of two groups by ranks (Mann-Whitney); needs no normal distribution.</source>
        <translation>Vergleicht die Verteilungen zweier Gruppen anhand von Rängen (Mann-Whitney); setzt keine Normalverteilung voraus.</translation>
    </message>
    <message>
        <source>Compares the means of two groups without assuming equal variances; assumes roughly normal values or large groups.</source>
        <translation>Vergleicht die Mittelwerte zweier Gruppen ohne Annahme gleicher Varianzen; setzt annähernd normalverteilte Werte oder große Gruppen voraus.</translation>
    </message>
    <message>
        <source>%1
n = %2</source>
        <translation>%1
n = %2</translation>
    </message>
    <message>
        <source>Overall
n = %1</source>
        <translation>Gesamt
n = %1</translation>
    </message>
    <message>
        <source>No patients with a value</source>
        <translation>Keine Patienten mit einem Wert</translation>
    </message>
    <message>
        <source>Confidence interval: %1 to %2</source>
        <translation>Konfidenzintervall: %1 bis %2</translation>
    </message>
    <message>
        <source>%1: number (percent of the group&apos;s patients with a value)</source>
        <translation>%1: Anzahl (Prozent der Patienten der Gruppe mit einem Wert)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) with a value</source>
        <translation>
            <numerusform>%n Patient mit einem Wert</numerusform>
            <numerusform>%n Patienten mit einem Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>NR</source>
        <translation>n.&#xa0;e.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Time: %1; event: %2</source>
        <translation>Zeit: %1; Ereignis: %2</translation>
    </message>
    <message numerus="yes">
        <source>Log-rank test: χ² = %1 on %n degree(s) of freedom</source>
        <translation>
            <numerusform>Log-Rank-Test: χ² = %1 bei %n Freiheitsgrad</numerusform>
            <numerusform>Log-Rank-Test: χ² = %1 bei %n Freiheitsgraden</numerusform>
        </translation>
    </message>
    <message>
        <source>Log-rank test</source>
        <translation>Log-Rank-Test</translation>
    </message>
    <message>
        <source>Compares the survival curves over the whole follow-up; most powerful when the hazards are proportional.</source>
        <translation>Vergleicht die Überlebenskurven über das gesamte Follow-up; am trennschärfsten bei proportionalen Hazards.</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Todesfälle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Patients with the event during follow-up</source>
        <translation>Patienten mit dem Ereignis während des Follow-up</translation>
    </message>
    <message>
        <source>Median survival, months (%1 CI)</source>
        <translation>Medianes Überleben, Monate (%1-KI)</translation>
    </message>
    <message>
        <source>Median survival (%1 CI)</source>
        <translation>Medianes Überleben (%1-KI)</translation>
    </message>
    <message>
        <source>NR: not reached (the curve or its confidence limit does not fall to 50%)</source>
        <translation>n.&#xa0;e.: nicht erreicht (die Kurve oder ihre Konfidenzgrenze fällt nicht auf 50&#xa0;%)</translation>
    </message>
    <message>
        <source>Survival at 1 year (%1 CI)</source>
        <translation>Überleben nach 1 Jahr (%1-KI)</translation>
    </message>
    <message>
        <source>Survival at %1 years (%2 CI)</source>
        <translation>Überleben nach %1 Jahren (%2-KI)</translation>
    </message>
    <message>
        <source>Survival at %1 months (%2 CI)</source>
        <translation>Überleben nach %1 Monaten (%2-KI)</translation>
    </message>
    <message>
        <source>Survival at time %1 (%2 CI)</source>
        <translation>Überleben zum Zeitpunkt %1 (%2-KI)</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>nicht schätzbar</translation>
    </message>
    <message>
        <source>No patient in this group was followed that long</source>
        <translation>Kein Patient dieser Gruppe wurde so lange nachbeobachtet</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) still at risk</source>
        <translation>
            <numerusform>%n Patient noch unter Risiko</numerusform>
            <numerusform>%n Patienten noch unter Risiko</numerusform>
        </translation>
    </message>
    <message>
        <source>Median follow-up, months (%1 CI)</source>
        <translation>Medianes Follow-up, Monate (%1-KI)</translation>
    </message>
    <message>
        <source>Median follow-up (%1 CI)</source>
        <translation>Medianes Follow-up (%1-KI)</translation>
    </message>
    <message>
        <source>Hazard ratio (Cox, %1 CI)</source>
        <translation>Hazard Ratio (Cox, %1-KI)</translation>
    </message>
    <message>
        <source>Hazard of the event in each group relative to %1; below 1 means a lower hazard</source>
        <translation>Ereignisrisiko (Hazard) jeder Gruppe relativ zu %1; Werte unter 1 bedeuten ein geringeres Risiko</translation>
    </message>
    <message>
        <source>Not estimable: the likelihood is monotone (for example a group without events), so the hazard ratio tends to 0 or infinity</source>
        <translation>Nicht schätzbar: Die Likelihood ist monoton (z. B. eine Gruppe ohne Ereignisse), daher strebt die Hazard Ratio gegen 0 oder unendlich</translation>
    </message>
    <message>
        <source>1 (reference)</source>
        <translation>1 (Referenz)</translation>
    </message>
    <message>
        <source>Wald p = %1</source>
        <translation>Wald-p = %1</translation>
    </message>
    <message>
        <source>Wald test of the hazard ratio</source>
        <translation>Wald-Test der Hazard Ratio</translation>
    </message>
    <message>
        <source>Wald test of all hazard ratios together</source>
        <translation>Gemeinsamer Wald-Test aller Hazard Ratios</translation>
    </message>
    <message>
        <source>Cox regression (Wald)</source>
        <translation>Cox-Regression (Wald)</translation>
    </message>
    <message>
        <source>Hazard ratio from a Cox proportional hazards model; the Wald test asks whether it differs from 1.</source>
        <translation>Hazard Ratio aus einem Cox-Modell mit proportionalen Hazards; der Wald-Test prüft, ob sie sich von 1 unterscheidet.</translation>
    </message>
    <message>
        <source>The model did not converge; its estimates are not reliable.</source>
        <translation>Das Modell ist nicht konvergiert; seine Schätzungen sind nicht zuverlässig.</translation>
    </message>
    <message>
        <source>no test</source>
        <translation>kein Test</translation>
    </message>
    <message>
        <source>No test: there is only one group.</source>
        <translation>Kein Test: Es gibt nur eine Gruppe.</translation>
    </message>
    <message>
        <source>No test: a group has too few values.</source>
        <translation>Kein Test: Eine Gruppe hat zu wenige Werte.</translation>
    </message>
    <message>
        <source>No test: a margin of the table is empty (for example every patient has the same outcome, or a group has no patients).</source>
        <translation>Kein Test: Eine Randsumme der Tafel ist null (z. B. haben alle Patienten dasselbe Ergebnis oder eine Gruppe hat keine Patienten).</translation>
    </message>
    <message>
        <source>Right-click to choose another test.</source>
        <translation>Klicken Sie mit der rechten Maustaste, um einen anderen Test zu wählen.</translation>
    </message>
    <message>
        <source>p = %1 by %2</source>
        <translation>p = %1 (%2)</translation>
    </message>
    <message>
        <source>%1: p = %2</source>
        <translation>%1: p = %2</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Two-sided p-value of the test named in the Test column</source>
        <translation>Zweiseitiger p-Wert des in der Spalte „Test“ genannten Tests</translation>
    </message>
    <message>
        <source>Right-click a row to choose another test</source>
        <translation>Klicken Sie mit der rechten Maustaste auf eine Zeile, um einen anderen Test zu wählen</translation>
    </message>
    <message>
        <source>Counts: n/N (percent); continuous values: mean (SD), median (IQR) and range; survival with its confidence interval</source>
        <translation>Häufigkeiten: n/N (Prozent); stetige Werte: Mittelwert (SD), Median (IQR) und Spannweite; Überleben mit Konfidenzintervall</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 von %n Patient</numerusform>
            <numerusform>%1 von %n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>Survival (Kaplan-Meier)</source>
        <translation>Überleben (Kaplan-Meier)</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate</source>
        <translation>Kaplan-Meier-Schätzer</translation>
    </message>
    <message>
        <source>Reverse Kaplan-Meier method: the censored patients&apos; times count as events</source>
        <translation>Umgekehrte Kaplan-Meier-Methode: Die Zeiten der zensierten Patienten zählen als Ereignisse</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportCommand</name>
    <message>
        <source>The chart: km (Kaplan-Meier) or relief (symptom relief).</source>
        <translation>Das Diagramm: km (Kaplan-Meier) oder relief (Symptomlinderung).</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>DIAGRAMM</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Width in pixels (default one journal column at --dpi).</source>
        <translation>Breite in Pixeln (Standard: eine Zeitschriftenspalte bei --dpi).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Height in pixels (default: in the proportions of the default size).</source>
        <translation>Höhe in Pixeln (Standard: in den Proportionen der Standardgröße).</translation>
    </message>
    <message>
        <source>Resolution in dots per inch: the PNG&apos;s metadata, the PDF&apos;s and SVG&apos;s physical size.</source>
        <translation>Auflösung in Punkten pro Zoll: die Metadaten des PNG, die physische Größe von PDF und SVG.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--chart %1: use km or relief</source>
        <translation>--chart %1: verwenden Sie km oder relief</translation>
    </message>
    <message>
        <source>--out %1: give it the extension .png, .pdf or .svg</source>
        <translation>--out %1: geben Sie der Datei die Endung .png, .pdf oder .svg</translation>
    </message>
    <message>
        <source>--dpi %1: give a whole number from %2 to %3</source>
        <translation>--dpi %1: geben Sie eine ganze Zahl von %2 bis %3 an</translation>
    </message>
    <message>
        <source>%1 %2: give a whole number of pixels from 1 to %3</source>
        <translation>%1 %2: geben Sie eine ganze Zahl von Pixeln von 1 bis %3 an</translation>
    </message>
    <message>
        <source>--chart relief needs a registry in the native format, with the columns cs_improved and obstruction_relieved</source>
        <translation>--chart relief braucht ein Register im nativen Format, mit den Spalten cs_improved und obstruction_relieved</translation>
    </message>
    <message>
        <source>no patient is left to draw (check the filter)</source>
        <translation>es bleibt kein Patient zum Zeichnen (prüfen Sie den Filter)</translation>
    </message>
    <message>
        <source>PNG, %1 × %2 pixels at %3 dpi</source>
        <translation>PNG, %1 × %2 Pixel bei %3 dpi</translation>
    </message>
    <message>
        <source>PDF, %1 × %2 mm</source>
        <translation>PDF, %1 × %2 mm</translation>
    </message>
    <message>
        <source>SVG, %1 × %2 mm</source>
        <translation>SVG, %1 × %2 mm</translation>
    </message>
    <message>
        <source>Wrote %1 (%2; n = %3)</source>
        <translation>%1 geschrieben (%2; n = %3)</translation>
    </message>
    <message>
        <source>Writes a chart of the viewer as it shows it: km, the Kaplan-Meier curves with the number-at-risk table, or relief, the symptom-relief bars. The extension of --out chooses the format: PNG (the pixel size and resolution given), PDF or SVG (vector). The default size is one journal column, 85 × 90 mm, at 300 dpi. With --table patients instead, writes the patients the filter keeps as CSV, de-identified with --deidentify.</source>
        <translation>Schreibt ein Diagramm so, wie der Betrachter es zeigt: km, die Kaplan-Meier-Kurven mit der Tabelle der Anzahl unter Risiko, oder relief, die Balken der Symptomlinderung. Die Endung von --out wählt das Format: PNG (mit der angegebenen Pixelgröße und Auflösung), PDF oder SVG (Vektor). Die Standardgröße ist eine Zeitschriftenspalte, 85 × 90 mm, bei 300 dpi. Mit --table patients stattdessen werden die Patienten, die der Filter behält, als CSV geschrieben, mit --deidentify anonymisiert.</translation>
    </message>
    <message>
        <source>A table instead of a chart: patients (the patients the filter keeps, in the registry&apos;s columns, as CSV).</source>
        <translation>Eine Tabelle statt eines Diagramms: patients (die Patienten, die der Filter behält, in den Spalten des Registers, als CSV).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>With --table patients: IDs replaced by sequence numbers, dates removed, ages over 89 as 90+.</source>
        <translation>Mit --table patients: IDs durch laufende Nummern ersetzt, Daten entfernt, Alter über 89 als 90+.</translation>
    </message>
    <message>
        <source>The file to write: FILE.png, FILE.pdf or FILE.svg (a chart), FILE.csv (a table).</source>
        <translation>Die zu schreibende Datei: DATEI.png, DATEI.pdf oder DATEI.svg (ein Diagramm), DATEI.csv (eine Tabelle).</translation>
    </message>
    <message>
        <source>give --chart or --table, not both</source>
        <translation>geben Sie --chart oder --table an, nicht beides</translation>
    </message>
    <message>
        <source>--%1 applies to charts, not to --table</source>
        <translation>--%1 gilt für Diagramme, nicht für --table</translation>
    </message>
    <message>
        <source>--deidentify applies to --table patients</source>
        <translation>--deidentify gilt für --table patients</translation>
    </message>
    <message>
        <source>--chart km|relief is required (or --table patients)</source>
        <translation>--chart km|relief ist erforderlich (oder --table patients)</translation>
    </message>
    <message>
        <source>--table %1: use patients</source>
        <translation>--table %1: verwenden Sie patients</translation>
    </message>
    <message>
        <source>--out %1: give it the extension .csv</source>
        <translation>--out %1: geben Sie die Endung .csv an</translation>
    </message>
    <message>
        <source>no patient is left to export (check the filter)</source>
        <translation>kein Patient bleibt zum Exportieren übrig (prüfen Sie den Filter)</translation>
    </message>
    <message>
        <source>Wrote %1 (CSV, de-identified; n = %2)</source>
        <translation>%1 geschrieben (CSV, anonymisiert; n = %2)</translation>
    </message>
    <message>
        <source>Wrote %1 (CSV; n = %2)</source>
        <translation>%1 geschrieben (CSV; n = %2)</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>The file in %1 will be overwritten.</source>
        <translation>Die Datei in %1 wird überschrieben.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (Vektor)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>HTML (web page, word processor)</source>
        <translation>HTML (Webseite, Textverarbeitung)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Journal, single column (85 mm)</source>
        <translation>Zeitschrift, einspaltig (85 mm)</translation>
    </message>
    <message>
        <source>Journal, double column (174 mm)</source>
        <translation>Zeitschrift, zweispaltig (174 mm)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>&amp;Breite × Höhe:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Journals ask for 300 dpi (photographs) to 600 dpi (line art) at the printed size; PDF and SVG stay sharp at any size.</source>
        <translation>Zeitschriften verlangen 300 dpi (Fotos) bis 600 dpi (Strichgrafiken) in der Druckgröße; PDF und SVG bleiben in jeder Größe scharf.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 mm at %5 dpi</source>
        <translation>%1 × %2 Pixel, %3 × %4 mm bei %5 dpi</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Geben Sie der Datei einen Namen.</translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation>Export nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>&amp;De-identify (IDs replaced, dates removed, ages over 89 as 90+)</source>
        <translation>&amp;Anonymisieren (IDs ersetzt, Daten entfernt, Alter über 89 als 90+)</translation>
    </message>
    <message>
        <source>For sharing outside the clinic: the patient IDs become 1, 2, 3… in the order of the table, every date column is left out, and ages over 89 are written as 90+. The other columns are copied as they are. CSV only.</source>
        <translation>Zur Weitergabe außerhalb der Klinik: Die Patienten-IDs werden zu 1, 2, 3… in der Reihenfolge der Tabelle, jede Datumsspalte wird weggelassen, und Alter über 89 werden als 90+ geschrieben. Die übrigen Spalten werden unverändert übernommen. Nur CSV.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportFile</name>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: no file can be created in %2 (%3)</source>
        <translation>%1 kann nicht geschrieben werden: in %2 kann keine Datei angelegt werden (%3)</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::FilterPanel</name>
    <message>
        <source>Presentation</source>
        <translation>Symptomatik</translation>
    </message>
    <message>
        <source>Symptoms at presentation: carcinoid syndrome, obstruction or ischaemia</source>
        <translation>Symptome bei Erstvorstellung: Karzinoid-Syndrom, Obstruktion oder Ischämie</translation>
    </message>
    <message>
        <source>Any presentation</source>
        <translation>Beliebige Symptomatik</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Karzinoid-Syndrom</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia</source>
        <translation>Obstruktion oder Ischämie</translation>
    </message>
    <message>
        <source>CS and obstruction</source>
        <translation>KS und Obstruktion</translation>
    </message>
    <message>
        <source>CS without obstruction</source>
        <translation>KS ohne Obstruktion</translation>
    </message>
    <message>
        <source>Obstruction without CS</source>
        <translation>Obstruktion ohne KS</translation>
    </message>
    <message>
        <source>No arms recorded</source>
        <translation>Keine Therapiearme erfasst</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Age from, years</source>
        <translation>Alter ab, Jahre</translation>
    </message>
    <message>
        <source>Age to, years</source>
        <translation>Alter bis, Jahre</translation>
    </message>
    <message>
        <source>Follow-up from, months</source>
        <translation>Follow-up ab, Monate</translation>
    </message>
    <message>
        <source>Follow-up to, months</source>
        <translation>Follow-up bis, Monate</translation>
    </message>
    <message>
        <source>Lowest value included; &quot;any&quot; for no lower limit</source>
        <translation>Kleinster eingeschlossener Wert; „beliebig“: keine Untergrenze</translation>
    </message>
    <message>
        <source>Highest value included; &quot;any&quot; for no upper limit</source>
        <translation>Größter eingeschlossener Wert; „beliebig“: keine Obergrenze</translation>
    </message>
    <message>
        <source>Primary sites</source>
        <translation>Primärlokalisationen</translation>
    </message>
    <message>
        <source>Tick the sites to include; none ticked: every site</source>
        <translation>Haken Sie die einzuschließenden Lokalisationen an; keine angehakt: alle Lokalisationen</translation>
    </message>
    <message>
        <source>Patient ID search</source>
        <translation>Suche nach Patienten-ID</translation>
    </message>
    <message>
        <source>Shows the patients whose ID contains this text, in any case</source>
        <translation>Zeigt die Patienten, deren ID diesen Text enthält, unabhängig von Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Part of an ID</source>
        <translation>Teil einer ID</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show all patients again</source>
        <translation>Wieder alle Patienten anzeigen</translation>
    </message>
    <message>
        <source>This registry is not in the native format, so these filters do not apply to it.</source>
        <translation>Dieses Register liegt nicht im nativen Format vor, daher gelten diese Filter hier nicht.</translation>
    </message>
    <message>
        <source>A patient must match every filter. Nothing ticked in a list means any.</source>
        <translation>Ein Patient muss alle Filter erfüllen. Ist in einer Liste nichts angehakt, gilt jeder Wert.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Presen&amp;tation</source>
        <translation>Sympto&amp;matik</translation>
    </message>
    <message>
        <source>&amp;Arm</source>
        <translation>&amp;Therapiearm</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Ges&amp;chlecht</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>A&amp;lter (Jahre)</translation>
    </message>
    <message>
        <source>Primary &amp;site</source>
        <translation>P&amp;rimärlokalisation</translation>
    </message>
    <message>
        <source>Patient &amp;ID</source>
        <translation>Patienten-&amp;ID</translation>
    </message>
    <message>
        <source>Follow-&amp;up (months)</source>
        <translation>&amp;Follow-up (Monate)</translation>
    </message>
    <message>
        <source>Cytoreduction</source>
        <translation>Zytoreduktion</translation>
    </message>
    <message>
        <source>Medical therapy</source>
        <translation>Medikamentöse Therapie</translation>
    </message>
    <message>
        <source>Cytoreduction arm</source>
        <translation>Arm mit Zytoreduktion</translation>
    </message>
    <message>
        <source>Medical therapy arm</source>
        <translation>Arm mit medikamentöser Therapie</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Register wird gelesen …</translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportCommand</name>
    <message>
        <source>Imports a registry CSV (native schema, or mapped onto it with --map) into an SQLite registry, in one transaction: on any problem nothing is written.</source>
        <translation>Importiert eine Register-CSV (natives Schema oder mit --map darauf abgebildet) in einer einzigen Transaktion in ein SQLite-Register: Bei einem Problem wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <source>The registry database, created when missing.</source>
        <translation>Die Registerdatenbank; wird angelegt, falls sie fehlt.</translation>
    </message>
    <message>
        <source>FILE.sqlite</source>
        <translation>DATEI.sqlite</translation>
    </message>
    <message>
        <source>Replace the patients of an existing registry.</source>
        <translation>Ersetzt die Patienten eines bestehenden Registers.</translation>
    </message>
    <message>
        <source>Add the patients to an existing registry.</source>
        <translation>Fügt die Patienten einem bestehenden Register hinzu.</translation>
    </message>
    <message>
        <source>Read registry field FIELD from column COLUMN of the file (repeatable).</source>
        <translation>Liest das Registerfeld FELD aus der Spalte SPALTE der Datei (wiederholbar).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FELD=SPALTE</translation>
    </message>
    <message>
        <source>Run cohortlens import --help for the options.</source>
        <translation>Führen Sie cohortlens import --help aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--input FILE.csv is required</source>
        <translation>--input DATEI.csv ist erforderlich</translation>
    </message>
    <message>
        <source>--db FILE.sqlite is required</source>
        <translation>--db DATEI.sqlite ist erforderlich</translation>
    </message>
    <message>
        <source>--replace and --append exclude each other</source>
        <translation>--replace und --append schließen einander aus</translation>
    </message>
    <message>
        <source>give --input and --db once each</source>
        <translation>geben Sie --input und --db jeweils nur einmal an</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s) from %1 into %2</source>
        <translation>
            <numerusform>%n Patient aus %1 in %2 importiert</numerusform>
            <numerusform>%n Patienten aus %1 in %2 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… und %n weiteres, nicht aufgeführtes Problem</numerusform>
            <numerusform>… und %n weitere, nicht aufgeführte Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and %2 is unchanged</source>
        <translation>
            <numerusform>%n Problem in %1; es wurde nichts importiert, %2 ist unverändert</numerusform>
            <numerusform>%n Probleme in %1; es wurde nichts importiert, %2 ist unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and no database was created</source>
        <translation>
            <numerusform>%n Problem in %1; es wurde nichts importiert und keine Datenbank angelegt</numerusform>
            <numerusform>%n Probleme in %1; es wurde nichts importiert und keine Datenbank angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported; %1 is unchanged.</source>
        <translation>Es wurde nichts importiert; %1 ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Appended %n patient(s) from %1 to %2, which now holds %3</source>
        <translation>
            <numerusform>%n Patient aus %1 an %2 angefügt, das jetzt %3 enthält</numerusform>
            <numerusform>%n Patienten aus %1 an %2 angefügt, das jetzt %3 enthält</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, %2 rejected; SHA-256 %3)</source>
        <translation>(%1, %2 abgelehnt; SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportProblemsDialog</name>
    <message>
        <source>Problems in %1</source>
        <translation>Probleme in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not opened: it has %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>%1 wurde nicht geöffnet, da die Datei %n Problem enthält. Es wurde nichts geändert.</numerusform>
            <numerusform>%1 wurde nicht geöffnet, da die Datei %n Probleme enthält. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>Liste &amp;speichern…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>Probleme speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be saved to %1: %2</source>
        <translation>Die Liste konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Das erste Problem ist aufgeführt.</numerusform>
            <numerusform>Die ersten %n Probleme sind aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::KaplanMeierChart</name>
    <message>
        <source>Survival</source>
        <translation>Überleben</translation>
    </message>
    <message>
        <source>Number at risk</source>
        <translation>Anzahl unter Risiko</translation>
    </message>
    <message>
        <source>Overall survival</source>
        <translation>Gesamtüberleben</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message numerus="yes">
        <source>%1 (n = %2, %Ln event(s))</source>
        <extracomment>Legend entry of a survival curve: group name, patients, events</extracomment>
        <translation>
            <numerusform>%1 (n = %2, %Ln Ereignis)</numerusform>
            <numerusform>%1 (n = %2, %Ln Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 p %2</source>
        <extracomment>Test name and p-value inside the survival plot: &quot;Log-rank p = 0.522&quot;</extracomment>
        <translation>%1 p %2</translation>
    </message>
    <message>
        <source>Log-rank</source>
        <translation>Log-Rank</translation>
    </message>
    <message>
        <source>%1 p = %2</source>
        <translation>%1 p = %2</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Unter Risiko</translation>
    </message>
    <message>
        <source>Censored</source>
        <translation>Zensiert</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not estimable, %2 at risk</source>
        <extracomment>Hover read-out beyond a group&apos;s last follow-up</extracomment>
        <translation>%1: nicht schätzbar, %2 unter Risiko</translation>
    </message>
    <message>
        <source>%1: %2 (%3 CI %4–%5), %6 at risk</source>
        <extracomment>Hover read-out: group, S(t), CI level, lower, upper, number at risk</extracomment>
        <translation>%1: %2 (%3-KI %4–%5), %6 unter Risiko</translation>
    </message>
    <message>
        <source>%1: %2, %3 at risk</source>
        <translation>%1: %2, %3 unter Risiko</translation>
    </message>
</context>
<context>
    <name>CohortLens::MainWindow</name>
    <message>
        <source>Computing…</source>
        <translation>Berechnung läuft…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a registry: a CSV file or a database made by cohortlens import</source>
        <translation>Ein Register öffnen: eine CSV-Datei oder eine mit cohortlens import erstellte Datenbank</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Registry</source>
        <translation>&amp;Demo-Register öffnen</translation>
    </message>
    <message>
        <source>Open the bundled synthetic demo registry</source>
        <translation>Das mitgelieferte synthetische Demo-Register öffnen</translation>
    </message>
    <message>
        <source>&amp;Import CSV into Registry…</source>
        <translation>CSV in Register &amp;importieren…</translation>
    </message>
    <message>
        <source>Check a CSV file and store it in a registry database</source>
        <translation>Eine CSV-Datei prüfen und in einer Registerdatenbank speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Confidence &amp;Bands</source>
        <translation>&amp;Konfidenzbänder</translation>
    </message>
    <message>
        <source>&amp;Censor Marks</source>
        <translation>&amp;Zensierungsmarken</translation>
    </message>
    <message>
        <source>&amp;Median Lines</source>
        <translation>&amp;Medianlinien</translation>
    </message>
    <message>
        <source>Log-rank &amp;p-Value</source>
        <translation>Log-Rank-&amp;p-Wert</translation>
    </message>
    <message>
        <source>Number at &amp;Risk Table</source>
        <translation>Tabelle der Anzahl unter &amp;Risiko</translation>
    </message>
    <message>
        <source>Time in &amp;Years</source>
        <translation>Zeit in &amp;Jahren</translation>
    </message>
    <message>
        <source>&amp;Stop Curves Below n at Risk…</source>
        <translation>Mi&amp;ndestzahl unter Risiko…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Kaplan-Meier survival chart</source>
        <translation>Kaplan-Meier-Überlebenskurve</translation>
    </message>
    <message>
        <source>Symptom relief chart</source>
        <translation>Diagramm der Symptomlinderung</translation>
    </message>
    <message>
        <source>The symptom-relief chart needs the registry columns cs_improved and obstruction_relieved.</source>
        <translation>Das Diagramm der Symptomlinderung benötigt die Registerspalten cs_improved und obstruction_relieved.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patienten</translation>
    </message>
    <message>
        <source>Stop Curves</source>
        <translation>Mindestzahl unter Risiko</translation>
    </message>
    <message>
        <source>Stop drawing a curve when fewer than this many patients remain at risk (0: draw to the end):</source>
        <translation>Eine Kurve nicht weiter zeichnen, sobald weniger Patienten als diese Anzahl unter Risiko stehen (0: bis zum Ende zeichnen):</translation>
    </message>
    <message>
        <source>Still opening %1…</source>
        <translation>%1 wird noch geöffnet…</translation>
    </message>
    <message>
        <source>Open Registry</source>
        <translation>Register öffnen</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file or a registry database.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine CSV-Datei oder eine Registerdatenbank.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 holds no registry.</source>
        <translation>%1 enthält kein Register.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 wurde nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>Registries (*.csv *.sqlite *.db);;CSV files (*.csv);;All files (*)</source>
        <translation>Register (*.csv *.sqlite *.db);;CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import CSV into Registry</source>
        <translation>CSV in Register importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Registry Database</source>
        <translation>Registerdatenbank</translation>
    </message>
    <message>
        <source>Registry databases (*.sqlite *.db)</source>
        <translation>Registerdatenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Add the patients of %2 to it, or replace its patients?</source>
        <translation>%1 existiert bereits. Möchten Sie die Patienten aus %2 hinzufügen oder die vorhandenen Patienten ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported into %1. Open the registry now?</source>
        <translation>
            <numerusform>%n Patient in %1 importiert. Möchten Sie das Register jetzt öffnen?</numerusform>
            <numerusform>%n Patienten in %1 importiert. Möchten Sie das Register jetzt öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>Der Import wurde abgebrochen; %1 ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>No registry open</source>
        <translation>Kein Register geöffnet</translation>
    </message>
    <message>
        <source>Source: %1 — synthetic demo data</source>
        <translation>Quelle: %1 — synthetische Demodaten</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Kaplan-Meier Chart…</source>
        <translation>&amp;Kaplan-Meier-Diagramm…</translation>
    </message>
    <message>
        <source>Save the survival chart with its number-at-risk table as PNG, PDF or SVG</source>
        <translation>Das Überlebensdiagramm mit der Tabelle der Anzahl unter Risiko als PNG, PDF oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Symptom-Relief Chart…</source>
        <translation>Diagramm der &amp;Symptomlinderung…</translation>
    </message>
    <message>
        <source>Save the symptom-relief chart as PNG, PDF or SVG</source>
        <translation>Das Diagramm der Symptomlinderung als PNG, PDF oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Comparison Table…</source>
        <translation>&amp;Vergleichstabelle…</translation>
    </message>
    <message>
        <source>Save the comparison table, with the test of each row, as CSV or HTML</source>
        <translation>Die Vergleichstabelle mit dem Test jeder Zeile als CSV oder HTML speichern</translation>
    </message>
    <message>
        <source>&amp;Patient Table…</source>
        <translation>&amp;Patiententabelle…</translation>
    </message>
    <message>
        <source>Save the patients the filter selects as CSV or HTML</source>
        <translation>Die vom Filter ausgewählten Patienten als CSV oder HTML speichern</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <source>Save a one-file PDF report: data source, filter, charts, comparison table and methods</source>
        <translation>Einen Bericht als eine PDF-Datei speichern: Datenquelle, Filter, Diagramme, Vergleichstabelle und Methoden</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the report: data source, filter, charts, comparison table and methods</source>
        <translation>Den Bericht drucken: Datenquelle, Filter, Diagramme, Vergleichstabelle und Methoden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows of the table in front (or all of it) as tab-separated text</source>
        <translation>Die ausgewählten Zeilen der vorne liegenden Tabelle (oder die ganze) als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Copy Co&amp;mparison Table</source>
        <translation>&amp;Vergleichstabelle kopieren</translation>
    </message>
    <message>
        <source>Copy the whole comparison table as tab-separated text</source>
        <translation>Die ganze Vergleichstabelle als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Patient Table</source>
        <translation>&amp;Patiententabelle kopieren</translation>
    </message>
    <message>
        <source>Copy the patients the filter selects as tab-separated text</source>
        <translation>Die vom Filter ausgewählten Patienten als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>Diagramm als Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Cannot write %1: give it the extension .csv or .html</source>
        <translation>%1 kann nicht geschrieben werden: geben Sie ihr die Endung .csv oder .html</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Der Bericht konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Demo registry</source>
        <translation>Demo-Register</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Censored and &amp;Events Rows (KMunicate)</source>
        <translation>Zeilen für Zensierungen und &amp;Ereignisse (KMunicate)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Statistical Methods</source>
        <translation>&amp;Statistische Methoden</translation>
    </message>
    <message>
        <source>How each figure is computed, and the R call that gives the same</source>
        <translation>Wie jede Zahl berechnet wird, und der R-Aufruf, der dasselbe ergibt</translation>
    </message>
    <message>
        <source>&amp;About CohortLens</source>
        <translation>&amp;Über CohortLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CohortLens %1&lt;/h3&gt;&lt;p&gt;A viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons, with statistics that agree with R survival.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CohortLens %1&lt;/h3&gt;&lt;p&gt;Ein Betrachter klinischer Ergebnisse: Kaplan-Meier-Kurven, Symptomlinderung und Vergleiche der Behandlungsarme, mit Statistiken, die mit R survival übereinstimmen.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The demo registry is synthetic.&lt;/b&gt; It reproduces the published aggregates of a surgical series; no real patient is in it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Demo-Register ist synthetisch.&lt;/b&gt; Es reproduziert die veröffentlichten Kennzahlen einer chirurgischen Serie; es enthält keinen echten Patienten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About CohortLens</source>
        <translation>Über CohortLens</translation>
    </message>
    <message>
        <source>%1 (synthetic data, not real patients)</source>
        <translation>%1 (synthetische Daten, keine echten Patienten)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln patient(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Patienten</numerusform>
            <numerusform>%L1 von %Ln Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: a de-identified table is written as CSV</source>
        <translation>%1 kann nicht geschrieben werden: Eine anonymisierte Tabelle wird als CSV geschrieben</translation>
    </message>
    <message>
        <source>Open Database &amp;Connection…</source>
        <translation>Datenbank&amp;verbindung öffnen …</translation>
    </message>
    <message>
        <source>Open a registry that several sites share, on a PostgreSQL server</source>
        <translation>Ein Register öffnen, das mehrere Zentren auf einem PostgreSQL-Server teilen</translation>
    </message>
    <message>
        <source>Open Database Connection</source>
        <translation>Datenbankverbindung öffnen</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>%1 holds no registry yet; import a CSV into it first.</source>
        <translation>%1 enthält noch kein Register; importieren Sie zuerst eine CSV-Datei hinein.</translation>
    </message>
    <message>
        <source>Address of a shared registry on PostgreSQL, such as postgresql://surgeon@registry.example.org:5432/net:</source>
        <translation>Adresse eines gemeinsamen Registers auf PostgreSQL, etwa postgresql://surgeon@registry.example.org:5432/net:</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 ist keine Datenbankadresse; schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
</context>
<context>
    <name>CohortLens::MethodsDialog</name>
    <message>
        <source>The methods document is missing from this build.</source>
        <translation>Das Methodendokument fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Statistical Methods</source>
        <translation>Statistische Methoden</translation>
    </message>
</context>
<context>
    <name>CohortLens::OutputOptions</name>
    <message>
        <source>Replace --out when it exists.</source>
        <translation>--out ersetzen, wenn die Datei existiert.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>give --out once</source>
        <translation>geben Sie --out nur einmal an</translation>
    </message>
    <message>
        <source>--out %1: %2</source>
        <translation>--out %1: %2</translation>
    </message>
    <message>
        <source>--out %1 exists; give --force to replace it</source>
        <translation>--out %1 existiert; geben Sie --force an, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>The language of the words and numbers written: en, de, fr or es (default: the system&apos;s).</source>
        <translation>Die Sprache der geschriebenen Wörter und Zahlen: en, de, fr oder es (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>CohortLens::PatientTableModel</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Primärlokalisation</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Karzinoid-Syndrom</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Obstruktion</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Therapiearm</translation>
    </message>
    <message>
        <source>Regional resection</source>
        <translation>Regionale Resektion</translation>
    </message>
    <message>
        <source>CS improved</source>
        <translation>KS gebessert</translation>
    </message>
    <message>
        <source>Obstruction relieved</source>
        <translation>Obstruktion behoben</translation>
    </message>
    <message>
        <source>Complication</source>
        <translation>Komplikation</translation>
    </message>
    <message>
        <source>Clavien-Dindo</source>
        <translation>Clavien-Dindo</translation>
    </message>
    <message>
        <source>Died ≤ 30 days</source>
        <translation>Tod ≤ 30 Tage</translation>
    </message>
    <message>
        <source>Follow-up (months)</source>
        <translation>Follow-up (Monate)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operation date</source>
        <translation>Operationsdatum</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Letztes Follow-up</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>lebend</translation>
    </message>
    <message>
        <source>cytoreduction</source>
        <translation>Zytoreduktion</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medikamentös</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>CohortLens::RecordValidator</name>
    <message>
        <source>a value is required here; fill it in</source>
        <translation>hier ist ein Wert erforderlich; tragen Sie ihn ein</translation>
    </message>
    <message>
        <source>not a yes/no value; write yes or no (1/0, y/n and true/false also work)</source>
        <translation>kein Ja/Nein-Wert; schreiben Sie yes oder no (1/0, y/n und true/false sind ebenfalls möglich)</translation>
    </message>
    <message>
        <source>not a number; write digits with a point as the decimal separator, e.g. 47.5</source>
        <translation>keine Zahl; schreiben Sie Ziffern mit einem Punkt als Dezimaltrennzeichen, z. B. 47.5</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>not a date; write it as YYYY-MM-DD, e.g. 2004-03-17</source>
        <translation>kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2004-03-17</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; check for a missing or extra separator, or a quote that is not closed</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2; prüfen Sie, ob ein Trennzeichen fehlt oder überzählig ist oder ein Anführungszeichen nicht geschlossen wurde</translation>
    </message>
    <message>
        <source>unknown sex; write M or F (male/female also work)</source>
        <translation>unbekanntes Geschlecht; schreiben Sie M oder F (male/female sind ebenfalls möglich)</translation>
    </message>
    <message>
        <source>unknown arm; write cytoreduction or medical</source>
        <translation>unbekannter Therapiearm; schreiben Sie cytoreduction oder medical</translation>
    </message>
    <message>
        <source>follow-up is required; fill in followup_months, or both operation_date and last_followup_date</source>
        <translation>Follow-up ist erforderlich; tragen Sie followup_months oder sowohl operation_date als auch last_followup_date ein</translation>
    </message>
    <message>
        <source>the last follow-up is before the operation date</source>
        <translation>das letzte Follow-up liegt vor dem Operationsdatum</translation>
    </message>
    <message>
        <source>status must be 1 (dead) or 0 (alive at last follow-up)</source>
        <translation>status muss 1 (verstorben) oder 0 (lebend beim letzten Follow-up) sein</translation>
    </message>
    <message>
        <source>given for a patient without carcinoid syndrome; leave it empty or correct carcinoid_syndrome</source>
        <translation>angegeben für einen Patienten ohne Karzinoid-Syndrom; lassen Sie das Feld leer oder korrigieren Sie carcinoid_syndrome</translation>
    </message>
    <message>
        <source>given for a patient without obstruction; leave it empty or correct obstruction</source>
        <translation>angegeben für einen Patienten ohne Obstruktion; lassen Sie das Feld leer oder korrigieren Sie obstruction</translation>
    </message>
    <message>
        <source>a complication grade above 0 but complication is no; correct one of them</source>
        <translation>Komplikationsgrad über 0, aber complication ist no; korrigieren Sie einen der beiden Werte</translation>
    </message>
    <message>
        <source>grade 0 means no complication, but complication is yes; give the worst grade (1 to 5)</source>
        <translation>Grad 0 bedeutet keine Komplikation, aber complication ist yes; geben Sie den schwersten Grad an (1 bis 5)</translation>
    </message>
    <message>
        <source>died within 30 days of the operation, but status is 0 (alive at last follow-up); correct one of them</source>
        <translation>innerhalb von 30 Tagen nach der Operation verstorben, aber status ist 0 (lebend beim letzten Follow-up); korrigieren Sie eines von beiden</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryImporter</name>
    <message>
        <source>the column name appears twice in the header; rename one of them</source>
        <translation>der Spaltenname kommt in der Kopfzeile zweimal vor; benennen Sie eine der Spalten um</translation>
    </message>
    <message>
        <source>the file could not be read to the end</source>
        <translation>die Datei konnte nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)</source>
        <translation>Zeile %1 der Datei ist kein UTF-8-Text; speichern Sie die Datei als UTF-8 (in einer Tabellenkalkulation: CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 (in einer Tabellenkalkulation: CSV UTF-8)</translation>
    </message>
    <message>
        <source>this is not a CSV text file: it holds binary data (NUL bytes); export the registry as CSV</source>
        <translation>dies ist keine CSV-Textdatei, denn sie enthält Binärdaten (NUL-Bytes); exportieren Sie das Register als CSV</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte); this is not a CSV text file</source>
        <translation>Zeile %1 der Datei enthält Binärdaten (ein NUL-Byte); dies ist keine CSV-Textdatei</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed; add the closing quote</source>
        <translation>das Feld in Anführungszeichen, das in Zeile %1 der Datei beginnt, wird nie geschlossen; fügen Sie das schließende Anführungszeichen hinzu</translation>
    </message>
    <message>
        <source>line %1 has text right after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>Zeile %1 der Datei hat Text direkt nach einem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Felds in Anführungszeichen muss verdoppelt werden (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1 has a field longer than %2 MiB; is this a registry file?</source>
        <translation>Zeile %1 der Datei hat ein Feld von mehr als %2 MiB; ist das eine Registerdatei?</translation>
    </message>
    <message>
        <source>line %1 has more than %2 columns; is this a registry file?</source>
        <translation>Zeile %1 der Datei hat mehr als %2 Spalten; ist das eine Registerdatei?</translation>
    </message>
    <message>
        <source>the file is empty; a registry file starts with a header row naming its columns</source>
        <translation>die Datei ist leer; eine Registerdatei beginnt mit einer Kopfzeile, die ihre Spalten benennt</translation>
    </message>
    <message>
        <source>row %1 could not be stored: %2</source>
        <translation>Zeile %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>duplicate patient_id: row %1 has the same one; each patient needs a unique identifier</source>
        <translation>doppelte patient_id: Zeile %1 hat dieselbe; jeder Patient braucht eine eindeutige Kennung</translation>
    </message>
    <message>
        <source>duplicate patient_id: the registry already holds this patient; import only new patients with --append, or use --replace</source>
        <translation>doppelte patient_id: Das Register enthält diesen Patienten bereits; importieren Sie mit --append nur neue Patienten oder verwenden Sie --replace</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>keine Eingabedatei angegeben</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder; give a CSV file or a registry database</source>
        <translation>%1 ist ein Ordner; geben Sie eine CSV-Datei oder eine Registerdatenbank an</translation>
    </message>
    <message>
        <source>%1 holds no registry yet</source>
        <translation>%1 enthält noch kein Register</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give a CSV file</source>
        <translation>%1 ist ein Ordner; geben Sie eine CSV-Datei an</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>keine Datenbankdatei angegeben</translation>
    </message>
    <message>
        <source>the database and the input are the same file</source>
        <translation>Datenbank und Eingabe sind dieselbe Datei</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, not a CSV file</source>
        <translation>%1 ist eine SQLite-Datenbank, keine CSV-Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a registry of %n patient(s); add --append to add patients to it, or --replace to replace them</source>
        <translation>
            <numerusform>%1 enthält bereits ein Register mit %n Patienten; ergänzen Sie --append, um Patienten hinzuzufügen, oder --replace, um sie zu ersetzen</numerusform>
            <numerusform>%1 enthält bereits ein Register mit %n Patienten; ergänzen Sie --append, um Patienten hinzuzufügen, oder --replace, um sie zu ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB; is this a registry file?</source>
        <translation>Zeile %1 ist länger als %2 MiB; ist dies eine Registerdatei?</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; import it again once it is saved and closed</source>
        <translation>%1 wurde während des Lesens geändert; importieren Sie die Datei erneut, sobald sie gespeichert und geschlossen ist</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryStore</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; give a registry made by cohortlens import</source>
        <translation>%1 ist keine SQLite-Datenbank; geben Sie ein mit cohortlens import erstelltes Register an</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 is not writable</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 is read-only; it can be opened for viewing but not changed</source>
        <translation>%1 ist schreibgeschützt; die Datei kann zum Ansehen geöffnet, aber nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CohortLens registry</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein CohortLens-Register</translation>
    </message>
    <message>
        <source>%1 was written by a newer CohortLens (registry schema %2; this version reads up to %3); update CohortLens to open it</source>
        <translation>%1 wurde von einer neueren CohortLens-Version geschrieben (Registerschema %2; diese Version liest bis %3); aktualisieren Sie CohortLens, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection</source>
        <translation>der SQLite-Treiber stellt sein Verbindungs-Handle nicht bereit</translation>
    </message>
    <message>
        <source>cannot prepare the database connection: %1</source>
        <translation>die Datenbankverbindung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>the registry holds a CSV of another format, not native-schema patients</source>
        <translation>das Register enthält eine CSV in einem anderen Format, keine Patienten im nativen Schema</translation>
    </message>
    <message>
        <source>the registry holds native-schema patients</source>
        <translation>das Register enthält Patienten im nativen Schema</translation>
    </message>
    <message>
        <source>cannot update the registry schema to version %1: %2</source>
        <translation>das Registerschema kann nicht auf Version %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>--presentation needs the carcinoid_syndrome and obstruction columns of a native registry; this file is not one (use --where on its own columns)</source>
        <translation>--presentation benötigt die Spalten carcinoid_syndrome und obstruction eines nativen Registers; diese Datei ist keines (verwenden Sie --where mit ihren eigenen Spalten)</translation>
    </message>
    <message>
        <source>filtering by %1 needs the columns of a native registry; this file is not one (use --where on its own columns)</source>
        <translation>das Filtern nach %1 benötigt die Spalten eines nativen Registers; diese Datei ist keines (verwenden Sie --where mit ihren eigenen Spalten)</translation>
    </message>
    <message>
        <source>--where %1: no column %2; the columns are %3</source>
        <translation>--where %1: keine Spalte %2; die Spalten sind %3</translation>
    </message>
    <message>
        <source>no column %1; the columns are %2</source>
        <translation>keine Spalte %1; die Spalten sind %2</translation>
    </message>
    <message>
        <source>the registry is not in the native format</source>
        <translation>das Register liegt nicht im nativen Format vor</translation>
    </message>
    <message>
        <source>%1 holds an unfinished import of a program that was stopped; to restore it as it was before, open it once with write access to the file and its folder</source>
        <translation>%1 enthält einen unvollendeten Import eines abgebrochenen Programms; um den vorherigen Zustand wiederherzustellen, öffnen Sie es einmal mit Schreibzugriff auf die Datei und ihren Ordner</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the registry it holds (cut off, e.g. by an interrupted copy); restore it from a backup</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer als das Register, das sie enthält (abgeschnitten, z. B. durch eine unterbrochene Kopie); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 ist beschädigt (%2); stellen Sie es aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (%1)</translation>
    </message>
    <message>
        <source>another program is changing the registry; try again when it has finished</source>
        <translation>ein anderes Programm ändert gerade das Register; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>the registry file is damaged (%1); restore it from a backup</source>
        <translation>die Registerdatei ist beschädigt (%1); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database</source>
        <translation>%1 ist keine Datenbankadresse; schreiben Sie sie als postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 holds a patients table but is not a CohortLens registry</source>
        <translation>%1 enthält eine Tabelle patients, ist aber kein CohortLens-Register</translation>
    </message>
    <message>
        <source>%1 is not a CohortLens registry</source>
        <translation>%1 ist kein CohortLens-Register</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; ask its administrator to free some space, then try again</source>
        <translation>die Festplatte des Datenbankservers ist voll; bitten Sie dessen Administrator, Platz freizugeben, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>a shared registry holds native-schema patients only</source>
        <translation>ein gemeinsames Register enthält nur Patienten im nativen Schema</translation>
    </message>
    <message>
        <source>cannot create the registry schema: %1</source>
        <translation>das Registerschema kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryWriter</name>
    <message>
        <source>cannot start the import: %1</source>
        <translation>der Import kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>no import is in progress</source>
        <translation>es läuft kein Import</translation>
    </message>
    <message>
        <source>cannot save the import: %1</source>
        <translation>der Import kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection</source>
        <translation>der SQLite-Treiber stellt sein Verbindungs-Handle nicht bereit</translation>
    </message>
</context>
<context>
    <name>CohortLens::ReportCommand</name>
    <message>
        <source>no patient is left to report on (check the filter)</source>
        <translation>es bleibt kein Patient für den Bericht (prüfen Sie den Filter)</translation>
    </message>
    <message>
        <source>Wrote %1 (PDF, %2, pages: %3; n = %4)</source>
        <translation>%1 geschrieben (PDF, %2, Seiten: %3; n = %4)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Writes the viewer&apos;s one-file PDF report: data source (file, SHA-256, rows), the filter in words, n per arm, the Kaplan-Meier figure with its number-at-risk table, the symptom-relief figure, the comparison table with the test of each row, and the methods.</source>
        <translation>Schreibt den PDF-Bericht des Betrachters in eine Datei: Datenquelle (Datei, SHA-256, Zeilen), den Filter in Worten, n je Therapiearm, die Kaplan-Meier-Abbildung mit der Tabelle der Anzahl unter Risiko, die Abbildung der Symptomlinderung, die Vergleichstabelle mit dem Test jeder Zeile und die Methoden.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>DATEI.pdf</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default from the locale: letter in the United States and Canada, else a4).</source>
        <translation>Papier: a4 oder letter (Standard nach dem Gebietsschema: letter in den USA und Kanada, sonst a4).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>--out %1: the report is a PDF; give the file the extension .pdf</source>
        <translation>--out %1: der Bericht ist ein PDF; geben Sie der Datei die Endung .pdf</translation>
    </message>
    <message>
        <source>--paper %1: use a4 or letter</source>
        <translation>--paper %1: verwenden Sie a4 oder letter</translation>
    </message>
</context>
<context>
    <name>CohortLens::ReportWriter</name>
    <message>
        <source>Clinical outcomes report</source>
        <translation>Bericht klinischer Ergebnisse</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>der Bericht konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Created %1 with CohortLens %2</source>
        <translation>Erstellt am %1 mit CohortLens %2</translation>
    </message>
    <message>
        <source>Synthetic demo data — not real patients.</source>
        <translation>Synthetische Demodaten — keine echten Patienten.</translation>
    </message>
    <message>
        <source>The bundled demo registry reproduces the published aggregates of a surgical series (Surgery 2008;144:645-51); no real patient is in it.</source>
        <translation>Das mitgelieferte Demo-Register gibt die veröffentlichten Kennzahlen einer chirurgischen Serie wieder (Surgery 2008;144:645-51); es enthält keinen echten Patienten.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 von %1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Zeilen von %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 rejected</source>
        <translation>%1 gelesen, %2 importiert, %3 abgewiesen</translation>
    </message>
    <message>
        <source>Patients in the registry</source>
        <translation>Patienten im Register</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>%1 n = %2</source>
        <translation>%1 n = %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Patients analysed</source>
        <translation>Ausgewertete Patienten</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Ausgelassene Zeilen</translation>
    </message>
    <message>
        <source>%1 (without a valid time, event or group)</source>
        <translation>%1 (ohne gültige Zeit, gültiges Ereignis oder gültige Gruppe)</translation>
    </message>
    <message>
        <source>Figure %1.</source>
        <translation>Abbildung %1.</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Überleben</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate of survival by %1</source>
        <translation>Kaplan-Meier-Schätzung des Überlebens nach %1</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate of survival</source>
        <translation>Kaplan-Meier-Schätzung des Überlebens</translation>
    </message>
    <message>
        <source>shaded: pointwise %1 confidence intervals (%2)</source>
        <translation>schattiert: punktweise %1-Konfidenzintervalle (%2)</translation>
    </message>
    <message>
        <source>ticks: censored patients</source>
        <translation>Striche: zensierte Patienten</translation>
    </message>
    <message>
        <source>dashed lines: median survival</source>
        <translation>gestrichelte Linien: medianes Überleben</translation>
    </message>
    <message>
        <source>curves end where the number at risk falls below %1</source>
        <translation>die Kurven enden, wo die Anzahl unter Risiko unter %1 fällt</translation>
    </message>
    <message>
        <source>under the time axis, per group, the patients at risk and the cumulative numbers censored and with an event at each time</source>
        <translation>unter der Zeitachse je Gruppe die Patienten unter Risiko sowie die kumulierten Zahlen der Zensierten und der Ereignisse zu jedem Zeitpunkt</translation>
    </message>
    <message>
        <source>under the time axis, the number at risk at each time</source>
        <translation>unter der Zeitachse die Anzahl unter Risiko zu jedem Zeitpunkt</translation>
    </message>
    <message>
        <source>Log-rank test p %1.</source>
        <translation>Log-Rank-Test p %1.</translation>
    </message>
    <message>
        <source>Log-rank test p = %1.</source>
        <translation>Log-Rank-Test p = %1.</translation>
    </message>
    <message>
        <source>Symptom relief</source>
        <translation>Symptomlinderung</translation>
    </message>
    <message>
        <source>Patients whose carcinoid syndrome improved and whose obstruction was relieved after treatment, in percent of those who had the symptom, with n/N above each bar, Wilson 95% confidence intervals as whiskers and the test of each comparison under its bars.</source>
        <translation>Patienten, deren Karzinoid-Syndrom sich nach der Behandlung besserte und deren Obstruktion behoben wurde, in Prozent derer mit dem Symptom, mit n/N über jedem Balken, 95 %-Konfidenzintervallen nach Wilson als Fehlerbalken und dem Test jedes Vergleichs unter seinen Balken.</translation>
    </message>
    <message>
        <source>Survival was estimated by the Kaplan-Meier method with Greenwood standard errors and %1 %2 confidence intervals (R survival::survfit); median follow-up by the reverse Kaplan-Meier method.</source>
        <translation>Das Überleben wurde mit der Kaplan-Meier-Methode geschätzt, mit Standardfehlern nach Greenwood und %1-Konfidenzintervallen (%2) (R survival::survfit); das mediane Follow-up mit der umgekehrten Kaplan-Meier-Methode.</translation>
    </message>
    <message>
        <source>Survival curves were compared with the log-rank test (survival::survdiff).</source>
        <translation>Die Überlebenskurven wurden mit dem Log-Rank-Test verglichen (survival::survdiff).</translation>
    </message>
    <message>
        <source>Hazard ratios with Wald %1 confidence intervals come from a Cox proportional hazards model with %2 ties (survival::coxph).</source>
        <translation>Hazard Ratios mit Wald-%1-Konfidenzintervallen stammen aus einem Cox-Modell proportionaler Hazards mit Bindungen nach %2 (survival::coxph).</translation>
    </message>
    <message>
        <source>Efron</source>
        <translation>Efron</translation>
    </message>
    <message>
        <source>Breslow</source>
        <translation>Breslow</translation>
    </message>
    <message>
        <source>Pearson&apos;s χ² test without continuity correction (chisq.test)</source>
        <translation>dem χ²-Test nach Pearson ohne Stetigkeitskorrektur (chisq.test)</translation>
    </message>
    <message>
        <source>the χ² test with Yates&apos; continuity correction (chisq.test)</source>
        <translation>dem χ²-Test mit Stetigkeitskorrektur nach Yates (chisq.test)</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test (fisher.test)</source>
        <translation>dem exakten Test nach Fisher (fisher.test)</translation>
    </message>
    <message>
        <source>the Wilcoxon rank-sum test (wilcox.test)</source>
        <translation>dem Wilcoxon-Rangsummentest (wilcox.test)</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test (t.test)</source>
        <translation>dem t-Test nach Welch (t.test)</translation>
    </message>
    <message>
        <source>Proportions are given with Wilson score %1 confidence intervals (prop.test).</source>
        <translation>Anteile sind mit %1-Konfidenzintervallen nach Wilson angegeben (prop.test).</translation>
    </message>
    <message>
        <source>Groups were compared with %1; Table 1 names the test of each row (by default Pearson&apos;s χ² when every expected count is at least 5, else Fisher&apos;s exact test, and the Wilcoxon test for continuous variables).</source>
        <translation>Die Gruppen wurden verglichen mit %1; Tabelle 1 nennt den Test jeder Zeile (standardmäßig χ² nach Pearson, wenn jede erwartete Häufigkeit mindestens 5 beträgt, sonst den exakten Test nach Fisher, und den Wilcoxon-Test für stetige Variablen).</translation>
    </message>
    <message>
        <source>All tests are two-sided. CohortLens reproduces R survival 3.x and R stats to a relative difference of 1e-6; its methods are documented in docs/methods.md.</source>
        <translation>Alle Tests sind zweiseitig. CohortLens gibt R survival 3.x und R stats bis auf eine relative Abweichung von 1e-6 wieder; seine Methoden sind in docs/methods.md beschrieben.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Comparison of the groups</source>
        <translation>Vergleich der Gruppen</translation>
    </message>
    <message>
        <source>Table 1.</source>
        <translation>Tabelle 1.</translation>
    </message>
    <message>
        <source>Patients, outcomes and survival by %1; %2.</source>
        <translation>Patienten, Ergebnisse und Überleben nach %1; %2.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Table 1 (continued)</source>
        <translation>Tabelle 1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Synthetic demo data — not real patients</source>
        <translation>Synthetische Demodaten — keine echten Patienten</translation>
    </message>
    <message>
        <source>CohortLens %1</source>
        <translation>CohortLens %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalAnalysis</name>
    <message>
        <source>this file is not in the native registry format, so name the columns to analyse: --time COLUMN --event COLUMN [--event-value VALUE] [--group COLUMN]; the columns are %1</source>
        <translation>diese Datei liegt nicht im nativen Registerformat vor; geben Sie daher die zu analysierenden Spalten an: --time SPALTE --event SPALTE [--event-value WERT] [--group SPALTE]; die Spalten sind %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 ist negativ</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither an event (%3) nor a censoring (%4); name the event with --event-value</source>
        <translation>%1 „%2“ ist weder ein Ereignis (%3) noch eine Zensierung (%4); geben Sie das Ereignis mit --event-value an</translation>
    </message>
    <message>
        <source>--reference %1: %2 has no such level; its levels are %3</source>
        <translation>--reference %1: %2 hat keine solche Kategorie; die Kategorien sind %3</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalCommand</name>
    <message>
        <source>Kaplan-Meier survival per group with Greenwood confidence intervals, median and quantiles, survival at chosen times, restricted mean, median follow-up; log-rank, Peto-Peto and Gehan-Breslow-Wilcoxon tests; Cox proportional hazards. Results agree with R survival.</source>
        <translation>Kaplan-Meier-Überleben je Gruppe mit Konfidenzintervallen nach Greenwood, Median und Quantile, Überleben zu gewählten Zeitpunkten, restringierter Mittelwert, medianes Follow-up; Log-Rank-, Peto-Peto- und Gehan-Breslow-Wilcoxon-Test; Cox-Modell mit proportionalen Hazards. Die Ergebnisse stimmen mit R survival überein.</translation>
    </message>
    <message>
        <source>The follow-up time column (default followup_months).</source>
        <translation>Die Spalte der Follow-up-Zeit (Standard: followup_months).</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>The event column (default status).</source>
        <translation>Die Ereignisspalte (Standard: status).</translation>
    </message>
    <message>
        <source>A value meaning the event happened (repeatable; default 1, yes, true, dead).</source>
        <translation>Ein Wert, der das Eintreten des Ereignisses bedeutet (wiederholbar; Standard: 1, yes, true, dead).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>W</translation>
    </message>
    <message>
        <source>The group column (default arm), or none.</source>
        <translation>Die Gruppenspalte (Standard: arm) oder none.</translation>
    </message>
    <message>
        <source>Confidence intervals: log-log, log or plain.</source>
        <translation>Konfidenzintervalle: log-log, log oder plain.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Confidence level.</source>
        <translation>Konfidenzniveau.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Times for S(t) and the number at risk (default 12,36,60 for the native schema).</source>
        <translation>Zeitpunkte für S(t) und die Anzahl unter Risiko (Standard: 12,36,60 beim nativen Schema).</translation>
    </message>
    <message>
        <source>T,...</source>
        <translation>T,...</translation>
    </message>
    <message>
        <source>Horizon of the restricted mean (default the largest --at).</source>
        <translation>Zeithorizont des restringierten Mittelwerts (Standard: das größte --at).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Quantiles of survival time to report, e.g. 0.25,0.5,0.75.</source>
        <translation>Auszugebende Quantile der Überlebenszeit, z. B. 0.25,0.5,0.75.</translation>
    </message>
    <message>
        <source>P,...</source>
        <translation>P,...</translation>
    </message>
    <message>
        <source>The reference level of the hazard ratios.</source>
        <translation>Die Referenzkategorie der Hazard Ratios.</translation>
    </message>
    <message>
        <source>Cox ties: efron or breslow.</source>
        <translation>Bindungen im Cox-Modell: efron oder breslow.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Adjust the Cox model for these columns.</source>
        <translation>Das Cox-Modell für diese Spalten adjustieren.</translation>
    </message>
    <message>
        <source>COL,...</source>
        <translation>SPALTE,...</translation>
    </message>
    <message>
        <source>Add the log-rank test for trend over the groups in their order.</source>
        <translation>Den Log-Rank-Trendtest über die Gruppen in ihrer Reihenfolge ergänzen.</translation>
    </message>
    <message>
        <source>--conf-type %1: use log-log, log or plain</source>
        <translation>--conf-type %1: verwenden Sie log-log, log oder plain</translation>
    </message>
    <message>
        <source>--conf-level %1: give a number between 0 and 1, e.g. 0.95</source>
        <translation>--conf-level %1: geben Sie eine Zahl zwischen 0 und 1 an, z. B. 0.95</translation>
    </message>
    <message>
        <source>--at %1: give times &gt;= 0 separated by commas, e.g. 12,36,60</source>
        <translation>--at %1: geben Sie Zeitpunkte &gt;= 0 durch Kommas getrennt an, z. B. 12,36,60</translation>
    </message>
    <message>
        <source>--tau %1: give a time &gt; 0</source>
        <translation>--tau %1: geben Sie eine Zeit &gt; 0 an</translation>
    </message>
    <message>
        <source>--quantiles %1: give probabilities between 0 and 1, e.g. 0.25,0.5,0.75</source>
        <translation>--quantiles %1: geben Sie Wahrscheinlichkeiten zwischen 0 und 1 an, z. B. 0.25,0.5,0.75</translation>
    </message>
    <message>
        <source>--ties %1: use efron or breslow</source>
        <translation>--ties %1: verwenden Sie efron oder breslow</translation>
    </message>
    <message>
        <source>no patient is left to analyse (check the filter and the excluded rows)</source>
        <translation>es bleibt kein Patient zur Analyse übrig (prüfen Sie den Filter und die ausgeschlossenen Zeilen)</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalFormatter</name>
    <message>
        <source>Survival: %1, event %2</source>
        <translation>Überleben: %1, Ereignis %2</translation>
    </message>
    <message>
        <source>, everyone as one group</source>
        <translation>, alle als eine Gruppe</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, nach %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) analysed</source>
        <translation>
            <numerusform>%n Patient analysiert</numerusform>
            <numerusform>%n Patienten analysiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) excluded</source>
        <translation>
            <numerusform>; %n Zeile ausgeschlossen</numerusform>
            <numerusform>; %n Zeilen ausgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 %2 confidence intervals</source>
        <translation>; %1-Konfidenzintervalle (%2)</translation>
    </message>
    <message>
        <source>  row %1 excluded: %2</source>
        <translation>  Zeile %1 ausgeschlossen: %2</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>n.&#xa0;e.</translation>
    </message>
    <message>
        <source>median survival: %1 (%2)</source>
        <translation>medianes Überleben: %1 (%2)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1 quantile: %2 (%3)</source>
        <translation>%1-Quantil: %2 (%3)</translation>
    </message>
    <message>
        <source>S(%1): not estimable (no patient followed that long)</source>
        <translation>S(%1): nicht schätzbar (kein Patient so lange nachbeobachtet)</translation>
    </message>
    <message>
        <source>S(%1) = %2 (%3), %4 at risk</source>
        <translation>S(%1) = %2 (%3), %4 unter Risiko</translation>
    </message>
    <message>
        <source>restricted mean survival to %1: %2 (SE %3)</source>
        <translation>restringierte mittlere Überlebenszeit bis %1: %2 (SE %3)</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>n.&#xa0;v.</translation>
    </message>
    <message>
        <source>median follow-up (reverse Kaplan-Meier): %1 (%2)</source>
        <translation>medianes Follow-up (umgekehrter Kaplan-Meier): %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: chi-square %2 on %n df, p = %3</source>
        <translation>
            <numerusform>%1: Chi-Quadrat %2 bei %n FG, p = %3</numerusform>
            <numerusform>%1: Chi-Quadrat %2 bei %n FG, p = %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Log-rank</source>
        <translation>Log-Rank</translation>
    </message>
    <message>
        <source>Peto-Peto</source>
        <translation>Peto-Peto</translation>
    </message>
    <message>
        <source>Gehan-Breslow-Wilcoxon</source>
        <translation>Gehan-Breslow-Wilcoxon</translation>
    </message>
    <message>
        <source>Log-rank test for trend</source>
        <translation>Log-Rank-Trendtest</translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation>, Referenz %1</translation>
    </message>
    <message>
        <source>the model did not converge; its estimates are not reliable</source>
        <translation>das Modell ist nicht konvergiert; seine Schätzungen sind nicht zuverlässig</translation>
    </message>
    <message>
        <source>%1: hazard ratio not estimable (monotone likelihood: the coefficient tends to infinity, e.g. a group without events)</source>
        <translation>%1: Hazard Ratio nicht schätzbar (monotone Likelihood: Der Koeffizient strebt gegen unendlich, z. B. bei einer Gruppe ohne Ereignisse)</translation>
    </message>
    <message>
        <source>%1: hazard ratio %2 (%3), p = %4</source>
        <translation>%1: Hazard Ratio %2 (%3), p = %4</translation>
    </message>
    <message>
        <source>likelihood ratio p = %1, Wald p = %2, score p = %3</source>
        <translation>Likelihood-Quotienten-Test p = %1, Wald-Test p = %2, Score-Test p = %3</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Cox proportional hazards (%1 ties), %2, %3</source>
        <translation>Cox-Modell mit proportionalen Hazards (Bindungen: %1), %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n patient(s) left out for a missing covariate</source>
        <translation>
            <numerusform>; %n Patient wegen fehlender Kovariate ausgelassen</numerusform>
            <numerusform>; %n Patienten wegen fehlender Kovariate ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::SymptomReliefChart</name>
    <message>
        <source>p %1</source>
        <translation>p %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>Patients (%)</source>
        <translation>Patienten (%)</translation>
    </message>
    <message>
        <source>Symptom relief after treatment</source>
        <translation>Symptomlinderung nach Behandlung</translation>
    </message>
    <message>
        <source>Carcinoid syndrome improved</source>
        <translation>Karzinoid-Syndrom gebessert</translation>
    </message>
    <message>
        <source>no test: all improved</source>
        <translation>kein Test: alle gebessert</translation>
    </message>
    <message>
        <source>no test: none improved</source>
        <translation>kein Test: keiner gebessert</translation>
    </message>
    <message>
        <source>Obstruction relieved</source>
        <translation>Obstruktion behoben</translation>
    </message>
    <message>
        <source>no test: all relieved</source>
        <translation>kein Test: bei allen behoben</translation>
    </message>
    <message>
        <source>no test: none relieved</source>
        <translation>kein Test: bei keinem behoben</translation>
    </message>
    <message>
        <source>no test: no patients</source>
        <translation>kein Test: keine Patienten</translation>
    </message>
    <message>
        <source>no test: a group has no patients</source>
        <translation>kein Test: eine Gruppe ohne Patienten</translation>
    </message>
    <message>
        <source>Percent of the patients who had the symptom, with n/N above each bar; whiskers: 95% confidence interval (Wilson).</source>
        <translation>Anteil der Patienten mit dem jeweiligen Symptom, n/N über jedem Balken; Fehlerbalken: 95&#xa0;%-Konfidenzintervall (Wilson).</translation>
    </message>
    <message>
        <source>no patients</source>
        <translation>keine Patienten</translation>
    </message>
</context>
<context>
    <name>CohortLens::TableExporter</name>
    <message>
        <source>Counts are n/N (%) of the patients with a value; continuous values mean (SD), median (interquartile range) and range; survival estimates with their confidence interval. NR: not reached. p-values are two-sided.</source>
        <translation>Häufigkeiten sind n/N (%) der Patienten mit einem Wert; stetige Werte Mittelwert (SD), Median (Interquartilsabstand) und Spannweite; Überlebensschätzungen mit ihrem Konfidenzintervall. n. e.: nicht erreicht. p-Werte sind zweiseitig.</translation>
    </message>
    <message>
        <source>Comparison of the groups</source>
        <translation>Vergleich der Gruppen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>✓ yes, — no; an empty cell has no value in the registry.</source>
        <translation>✓ ja, — nein; eine leere Zelle hat keinen Wert im Register.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ValidationProblem</name>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>header, column %1</source>
        <translation>Kopfzeile, Spalte %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1, value &quot;%2&quot;</source>
        <translation>%1, Wert „%2“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::WhereCondition</name>
    <message>
        <source>&quot;%1&quot; has no comparison; write COLUMN OP VALUE with OP one of = != &lt; &lt;= &gt; &gt;=, e.g. &quot;age &gt;= 60&quot;</source>
        <translation>&quot;%1&quot; enthält keinen Vergleich; schreiben Sie SPALTE OP WERT, wobei OP einer von = != &lt; &lt;= &gt; &gt;= ist, z. B. &quot;age &gt;= 60&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;!&quot; must be followed by &quot;=&quot;</source>
        <translation>&quot;%1&quot;: auf &quot;!&quot; muss &quot;=&quot; folgen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write one operator of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>&quot;%1&quot;: schreiben Sie einen der Operatoren = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column before the operator</source>
        <translation>&quot;%1&quot; enthält keine Spalte vor dem Operator</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value after the operator</source>
        <translation>&quot;%1&quot; enthält keinen Wert nach dem Operator</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display was found (DISPLAY is not set), so the window cannot open. The registry&apos;s figures instead:</source>
        <translation>Es wurde keine grafische Anzeige gefunden (DISPLAY ist nicht gesetzt), daher kann das Fenster nicht geöffnet werden. Stattdessen die Kennzahlen des Registers:</translation>
    </message>
    <message>
        <source>Synthetic demo registry (not real patients)</source>
        <translation>Synthetisches Demo-Register (keine echten Patienten)</translation>
    </message>
    <message>
        <source>CohortLens — a viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons.

Subcommands (run without a display): import, survival, compare, export, report. Run cohortlens SUBCOMMAND --help for their options.</source>
        <translation>CohortLens — ein Betrachter für klinische Ergebnisse: Kaplan-Meier-Kurven, Symptomlinderung und Vergleiche nach Therapiearm.

Unterbefehle (laufen ohne grafische Anzeige): import, survival, compare, export, report. Führen Sie cohortlens UNTERBEFEHL --help aus, um ihre Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Open the synthetic demo registry.</source>
        <translation>Das synthetische Demo-Register öffnen.</translation>
    </message>
    <message>
        <source>A registry to open: CSV file or database.</source>
        <translation>Ein zu öffnendes Register: CSV-Datei oder Datenbank.</translation>
    </message>
    <message>
        <source>The charts, the comparison table and the methods are in a PDF report:</source>
        <translation>Die Diagramme, die Vergleichstabelle und die Methoden stehen in einem PDF-Bericht:</translation>
    </message>
    <message>
        <source>The language of the window and the report: en, de, fr or es (default: the system&apos;s, or the last one chosen).</source>
        <translation>Die Sprache des Fensters und des Berichts: en, de, fr oder es (Standard: die des Systems oder die zuletzt gewählte).</translation>
    </message>
</context>
</TS>
