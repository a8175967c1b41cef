<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CohortLens::ChartExporter</name>
    <message>
        <source>a resolution of %1 dpi is outside %2–%3 dpi</source>
        <translation>a resolution of %1 dpi is outside %2–%3 dpi</translation>
    </message>
    <message>
        <source>a size of %1 × %2 pixels is outside 1–%3 pixels per side</source>
        <translation>a size of %1 × %2 pixels is outside 1–%3 pixels per side</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>Made with %1</translation>
    </message>
    <message>
        <source>Cannot write %1: give it the extension .png, .pdf or .svg</source>
        <translation>Cannot write %1: give it the extension .png, .pdf or .svg</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the figure could not be drawn at %1 × %2 pixels</source>
        <translation>the figure could not be drawn at %1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortFilter</name>
    <message numerus="yes">
        <source>%n arms</source>
        <translation><numerusform>%n arms</numerusform><numerusform>%n arms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sexes</source>
        <translation><numerusform>%n sexes</numerusform><numerusform>%n sexes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n primary sites</source>
        <translation><numerusform>%n primary sites</numerusform><numerusform>%n primary sites</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conditions</source>
        <translation><numerusform>%n conditions</numerusform><numerusform>%n conditions</numerusform></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 or %3</translation>
    </message>
    <message>
        <source>Any presentation</source>
        <translation>Any presentation</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Carcinoid syndrome</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia</source>
        <translation>Obstruction or ischaemia</translation>
    </message>
    <message>
        <source>Carcinoid syndrome and obstruction</source>
        <translation>Carcinoid syndrome and obstruction</translation>
    </message>
    <message>
        <source>Carcinoid syndrome without obstruction</source>
        <translation>Carcinoid syndrome without obstruction</translation>
    </message>
    <message>
        <source>Obstruction without carcinoid syndrome</source>
        <translation>Obstruction without carcinoid syndrome</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>All patients</translation>
    </message>
    <message>
        <source>cytoreduction</source>
        <translation>cytoreduction</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medical</translation>
    </message>
    <message>
        <source>sex %1</source>
        <translation>sex %1</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>age %1</translation>
    </message>
    <message>
        <source>age %1–%2</source>
        <translation>age %1–%2</translation>
    </message>
    <message>
        <source>age ≥ %1</source>
        <translation>age ≥ %1</translation>
    </message>
    <message>
        <source>age ≤ %1</source>
        <translation>age ≤ %1</translation>
    </message>
    <message>
        <source>follow-up %1 months</source>
        <translation>follow-up %1 months</translation>
    </message>
    <message>
        <source>follow-up %1–%2 months</source>
        <translation>follow-up %1–%2 months</translation>
    </message>
    <message>
        <source>follow-up ≥ %1 months</source>
        <translation>follow-up ≥ %1 months</translation>
    </message>
    <message>
        <source>follow-up ≤ %1 months</source>
        <translation>follow-up ≤ %1 months</translation>
    </message>
    <message>
        <source>selected by patient ID</source>
        <translation>selected by patient ID</translation>
    </message>
    <message>
        <source>(an ID)</source>
        <translation>(an ID)</translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortOptions</name>
    <message numerus="yes">
        <source>%n problem(s) in %1; correct the file and run again</source>
        <translation><numerusform>%n problem in %1; correct the file and run again</numerusform><numerusform>%n problems in %1; correct the file and run again</numerusform></translation>
    </message>
    <message>
        <source>A registry: a CSV file, or a database made by cohortlens import.</source>
        <translation>A registry: a CSV file, or a database made by cohortlens import.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Keep the patients with COLUMN OP VALUE, OP one of = != &lt; &lt;= &gt; &gt;= (repeatable; all must hold).</source>
        <translation>Keep the patients with COLUMN OP VALUE, OP one of = != &lt; &lt;= &gt; &gt;= (repeatable; all must hold).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Keep the patients presenting with: any, cs, obstruction, both, cs-only, obstruction-only.</source>
        <translation>Keep the patients presenting with: any, cs, obstruction, both, cs-only, obstruction-only.</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WHICH</translation>
    </message>
    <message>
        <source>Output: json, csv or text.</source>
        <translation>Output: json, csv or text.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Run cohortlens %1 --help for the options.</source>
        <translation>Run cohortlens %1 --help for the options.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--input PATH is required</source>
        <translation>--input PATH is required</translation>
    </message>
    <message>
        <source>give --input once</source>
        <translation>give --input once</translation>
    </message>
    <message>
        <source>--format %1: use json, csv or text</source>
        <translation>--format %1: use json, csv or text</translation>
    </message>
    <message>
        <source>--presentation %1: use any, cs, obstruction, both, cs-only or obstruction-only</source>
        <translation>--presentation %1: use any, cs, obstruction, both, cs-only or obstruction-only</translation>
    </message>
</context>
<context>
    <name>CohortLens::ColumnMapping</name>
    <message>
        <source>--map %1: expected FIELD=COLUMN, e.g. followup_months=months</source>
        <translation>--map %1: expected FIELD=COLUMN, e.g. followup_months=months</translation>
    </message>
    <message>
        <source>--map %1: %2 is not a registry field; the fields are %3</source>
        <translation>--map %1: %2 is not a registry field; the fields are %3</translation>
    </message>
    <message>
        <source>--map %1: %2 is mapped twice</source>
        <translation>--map %1: %2 is mapped twice</translation>
    </message>
    <message>
        <source>the column name appears twice in the header; rename one of them</source>
        <translation>the column name appears twice in the header; rename one of them</translation>
    </message>
    <message>
        <source>no such column in the file, but %1 is mapped to it; check the spelling of the mapping</source>
        <translation>no such column in the file, but %1 is mapped to it; check the spelling of the mapping</translation>
    </message>
    <message>
        <source>the column is mapped to two registry fields</source>
        <translation>the column is mapped to two registry fields</translation>
    </message>
    <message>
        <source>required column is missing; add it, or give both operation_date and last_followup_date, or map it with --map followup_months=COLUMN</source>
        <translation>required column is missing; add it, or give both operation_date and last_followup_date, or map it with --map followup_months=COLUMN</translation>
    </message>
    <message>
        <source>required column is missing; add it or map it with --map %1=COLUMN</source>
        <translation>required column is missing; add it or map it with --map %1=COLUMN</translation>
    </message>
    <message>
        <source>%1 is mapped to column %2, so this column would be ignored; rename or remove it</source>
        <translation>%1 is mapped to column %2, so this column would be ignored; rename or remove it</translation>
    </message>
</context>
<context>
    <name>CohortLens::ColumnMappingDialog</name>
    <message>
        <source>Choose the Columns to Analyse</source>
        <translation>Choose the Columns to Analyse</translation>
    </message>
    <message>
        <source>%1 is not in the registry format CohortLens knows. Choose which of its columns hold the follow-up time, the event and the groups to compare.</source>
        <translation>%1 is not in the registry format CohortLens knows. Choose which of its columns hold the follow-up time, the event and the groups to compare.</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Time column</translation>
    </message>
    <message>
        <source>Event column</source>
        <translation>Event column</translation>
    </message>
    <message>
        <source>Values that mean the event happened</source>
        <translation>Values that mean the event happened</translation>
    </message>
    <message>
        <source>(everyone as one group)</source>
        <translation>(everyone as one group)</translation>
    </message>
    <message>
        <source>Group column</source>
        <translation>Group column</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>Event &amp;values:</source>
        <translation>Event &amp;values:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groups:</translation>
    </message>
    <message>
        <source>The time column should hold numbers (e.g. months of follow-up).</source>
        <translation>The time column should hold numbers (e.g. months of follow-up).</translation>
    </message>
    <message>
        <source>Tick the value or values that mean the event happened.</source>
        <translation>Tick the value or values that mean the event happened.</translation>
    </message>
    <message>
        <source>Time and event must be different columns.</source>
        <translation>Time and event must be different columns.</translation>
    </message>
</context>
<context>
    <name>CohortLens::CompareCommand</name>
    <message>
        <source>The per-group comparison table: counts and percentages with Wilson intervals, Pearson chi-square, Yates and Fisher tests and odds ratios for yes/no and categorical rows; mean, SD, median, IQR and range with Wilcoxon and Welch tests for numeric rows. The default test per row follows gtsummary.</source>
        <translation>The per-group comparison table: counts and percentages with Wilson intervals, Pearson chi-square, Yates and Fisher tests and odds ratios for yes/no and categorical rows; mean, SD, median, IQR and range with Wilcoxon and Welch tests for numeric rows. The default test per row follows gtsummary.</translation>
    </message>
    <message>
        <source>The group column (default arm), or none.</source>
        <translation>The group column (default arm), or none.</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>COL</translation>
    </message>
    <message>
        <source>Further rows: columns, each optionally with :binary, :categorical or :continuous.</source>
        <translation>Further rows: columns, each optionally with :binary, :categorical or :continuous.</translation>
    </message>
    <message>
        <source>COL[:TYPE],...</source>
        <translation>COL[:TYPE],...</translation>
    </message>
    <message>
        <source>Confidence level of the percentages' intervals.</source>
        <translation>Confidence level of the percentages' intervals.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Interval of the percentages: wilson or clopper-pearson.</source>
        <translation>Interval of the percentages: wilson or clopper-pearson.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>--variables %1: write COLUMN or COLUMN:binary, COLUMN:categorical, COLUMN:continuous</source>
        <translation>--variables %1: write COLUMN or COLUMN:binary, COLUMN:categorical, COLUMN:continuous</translation>
    </message>
    <message>
        <source>--conf-level %1: give a number between 0 and 1, e.g. 0.95</source>
        <translation>--conf-level %1: give a number between 0 and 1, e.g. 0.95</translation>
    </message>
    <message>
        <source>--interval %1: use wilson or clopper-pearson</source>
        <translation>--interval %1: use wilson or clopper-pearson</translation>
    </message>
    <message>
        <source>no patient is left to compare (check the filter)</source>
        <translation>no patient is left to compare (check the filter)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a value in %1 left out</source>
        <translation><numerusform>%n row without a value in %1 left out</numerusform><numerusform>%n rows without a value in %1 left out</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonAnalysis</name>
    <message>
        <source>Carcinoid syndrome at presentation</source>
        <translation>Carcinoid syndrome at presentation</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia at presentation</source>
        <translation>Obstruction or ischaemia at presentation</translation>
    </message>
    <message>
        <source>Carcinoid syndrome improved</source>
        <translation>Carcinoid syndrome improved</translation>
    </message>
    <message>
        <source>Obstructive symptoms relieved</source>
        <translation>Obstructive symptoms relieved</translation>
    </message>
    <message>
        <source>Postoperative morbidity (operated patients)</source>
        <translation>Postoperative morbidity (operated patients)</translation>
    </message>
    <message>
        <source>Postoperative (30-day) mortality</source>
        <translation>Postoperative (30-day) mortality</translation>
    </message>
    <message>
        <source>Follow-up (months)</source>
        <translation>Follow-up (months)</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Primary site</translation>
    </message>
    <message>
        <source>this file is not in the native registry format, so name the rows to compare: --variables COLUMN[:binary|:categorical|:continuous],...; the columns are %1</source>
        <translation>this file is not in the native registry format, so name the rows to compare: --variables COLUMN[:binary|:categorical|:continuous],...; the columns are %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 is not a yes/no column; compare it as :categorical</source>
        <translation>%1 is not a yes/no column; compare it as :categorical</translation>
    </message>
    <message>
        <source>%1 is not a numeric column ("%2" in row %3); compare it as :categorical</source>
        <translation>%1 is not a numeric column ("%2" in row %3); compare it as :categorical</translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonFormatter</name>
    <message>
        <source>Pearson χ²</source>
        <translation>Pearson χ²</translation>
    </message>
    <message>
        <source>χ² with Yates' correction</source>
        <translation>χ² with Yates' correction</translation>
    </message>
    <message>
        <source>Fisher's exact test</source>
        <translation>Fisher's exact test</translation>
    </message>
    <message>
        <source>Wilcoxon rank-sum test</source>
        <translation>Wilcoxon rank-sum test</translation>
    </message>
    <message>
        <source>Welch's t-test</source>
        <translation>Welch's t-test</translation>
    </message>
    <message>
        <source>mean (SD)</source>
        <translation>mean (SD)</translation>
    </message>
    <message>
        <source>median (IQR)</source>
        <translation>median (IQR)</translation>
    </message>
    <message>
        <source>range</source>
        <translation>range</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
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
        <translation><numerusform>%n row without a value in %1 left out</numerusform><numerusform>%n rows without a value in %1 left out</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonPanel</name>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparison of the groups</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected rows (or the whole table) as tab-separated text, for a spreadsheet or a manuscript</source>
        <translation>Copy the selected rows (or the whole table) as tab-separated text, for a spreadsheet or a manuscript</translation>
    </message>
    <message>
        <source>Test for “%1”</source>
        <translation>Test for “%1”</translation>
    </message>
    <message>
        <source>%1   (p = %2)</source>
        <translation>%1   (p = %2)</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copy selected rows</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copy table</translation>
    </message>
    <message>
        <source>Copy &amp;whole table</source>
        <translation>Copy &amp;whole table</translation>
    </message>
    <message>
        <source>Counts: n/N (%). Continuous values: mean (SD), median (interquartile range) and range. Right-click a row to choose another test; %1 copies the selected rows.</source>
        <translation>Counts: n/N (%). Continuous values: mean (SD), median (interquartile range) and range. Right-click a row to choose another test; %1 copies the selected rows.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonTableModel</name>
    <message numerus="yes">
        <source>%n patient(s) with a value</source>
        <translation><numerusform>%n patient with a value</numerusform><numerusform>%n patients with a value</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Log-rank test: χ² = %1 on %n degree(s) of freedom</source>
        <translation><numerusform>Log-rank test: χ² = %1 on %n degree of freedom</numerusform><numerusform>Log-rank test: χ² = %1 on %n degrees of freedom</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) still at risk</source>
        <translation><numerusform>%n patient still at risk</numerusform><numerusform>%n patients still at risk</numerusform></translation>
    </message>
    <message>
        <source>Compares proportions between groups; valid when every expected count is at least 5.</source>
        <translation>Compares proportions between groups; valid when every expected count is at least 5.</translation>
    </message>
    <message>
        <source>Pearson's χ² with a continuity correction for a 2×2 table; more cautious (larger p) when counts are small.</source>
        <translation>Pearson's χ² with a continuity correction for a 2×2 table; more cautious (larger p) when counts are small.</translation>
    </message>
    <message>
        <source>Exact test of proportions between groups; valid for any counts, the choice when some expected count is below 5.</source>
        <translation>Exact test of proportions between groups; valid for any counts, the choice when some expected count is below 5.</translation>
    </message>
    <message>
        <source>Compares the distributions of two groups by ranks (Mann-Whitney); needs no normal distribution.</source>
        <translation>Compares the distributions of two groups by ranks (Mann-Whitney); needs no normal distribution.</translation>
    </message>
    <message>
        <source>Compares the means of two groups without assuming equal variances; assumes roughly normal values or large groups.</source>
        <translation>Compares the means of two groups without assuming equal variances; assumes roughly normal values or large groups.</translation>
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
        <translation>Overall
n = %1</translation>
    </message>
    <message>
        <source>No patients with a value</source>
        <translation>No patients with a value</translation>
    </message>
    <message>
        <source>Confidence interval: %1 to %2</source>
        <translation>Confidence interval: %1 to %2</translation>
    </message>
    <message>
        <source>%1: number (percent of the group's patients with a value)</source>
        <translation>%1: number (percent of the group's patients with a value)</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>Time: %1; event: %2</source>
        <translation>Time: %1; event: %2</translation>
    </message>
    <message>
        <source>Log-rank test</source>
        <translation>Log-rank test</translation>
    </message>
    <message>
        <source>Compares the survival curves over the whole follow-up; most powerful when the hazards are proportional.</source>
        <translation>Compares the survival curves over the whole follow-up; most powerful when the hazards are proportional.</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Patients with the event during follow-up</source>
        <translation>Patients with the event during follow-up</translation>
    </message>
    <message>
        <source>Median survival, months (%1 CI)</source>
        <translation>Median survival, months (%1 CI)</translation>
    </message>
    <message>
        <source>Median survival (%1 CI)</source>
        <translation>Median survival (%1 CI)</translation>
    </message>
    <message>
        <source>NR: not reached (the curve or its confidence limit does not fall to 50%)</source>
        <translation>NR: not reached (the curve or its confidence limit does not fall to 50%)</translation>
    </message>
    <message>
        <source>Survival at 1 year (%1 CI)</source>
        <translation>Survival at 1 year (%1 CI)</translation>
    </message>
    <message>
        <source>Survival at %1 years (%2 CI)</source>
        <translation>Survival at %1 years (%2 CI)</translation>
    </message>
    <message>
        <source>Survival at %1 months (%2 CI)</source>
        <translation>Survival at %1 months (%2 CI)</translation>
    </message>
    <message>
        <source>Survival at time %1 (%2 CI)</source>
        <translation>Survival at time %1 (%2 CI)</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>not estimable</translation>
    </message>
    <message>
        <source>No patient in this group was followed that long</source>
        <translation>No patient in this group was followed that long</translation>
    </message>
    <message>
        <source>Median follow-up, months (%1 CI)</source>
        <translation>Median follow-up, months (%1 CI)</translation>
    </message>
    <message>
        <source>Median follow-up (%1 CI)</source>
        <translation>Median follow-up (%1 CI)</translation>
    </message>
    <message>
        <source>Hazard ratio (Cox, %1 CI)</source>
        <translation>Hazard ratio (Cox, %1 CI)</translation>
    </message>
    <message>
        <source>Hazard of the event in each group relative to %1; below 1 means a lower hazard</source>
        <translation>Hazard of the event in each group relative to %1; below 1 means a lower hazard</translation>
    </message>
    <message>
        <source>Not estimable: the likelihood is monotone (for example a group without events), so the hazard ratio tends to 0 or infinity</source>
        <translation>Not estimable: the likelihood is monotone (for example a group without events), so the hazard ratio tends to 0 or infinity</translation>
    </message>
    <message>
        <source>1 (reference)</source>
        <translation>1 (reference)</translation>
    </message>
    <message>
        <source>Wald p = %1</source>
        <translation>Wald p = %1</translation>
    </message>
    <message>
        <source>Wald test of the hazard ratio</source>
        <translation>Wald test of the hazard ratio</translation>
    </message>
    <message>
        <source>Wald test of all hazard ratios together</source>
        <translation>Wald test of all hazard ratios together</translation>
    </message>
    <message>
        <source>Cox regression (Wald)</source>
        <translation>Cox regression (Wald)</translation>
    </message>
    <message>
        <source>Hazard ratio from a Cox proportional hazards model; the Wald test asks whether it differs from 1.</source>
        <translation>Hazard ratio from a Cox proportional hazards model; the Wald test asks whether it differs from 1.</translation>
    </message>
    <message>
        <source>The model did not converge; its estimates are not reliable.</source>
        <translation>The model did not converge; its estimates are not reliable.</translation>
    </message>
    <message>
        <source>no test</source>
        <translation>no test</translation>
    </message>
    <message>
        <source>No test: there is only one group.</source>
        <translation>No test: there is only one group.</translation>
    </message>
    <message>
        <source>No test: a group has too few values.</source>
        <translation>No test: a group has too few values.</translation>
    </message>
    <message>
        <source>No test: a margin of the table is empty (for example every patient has the same outcome, or a group has no patients).</source>
        <translation>No test: a margin of the table is empty (for example every patient has the same outcome, or a group has no patients).</translation>
    </message>
    <message>
        <source>Right-click to choose another test.</source>
        <translation>Right-click to choose another test.</translation>
    </message>
    <message>
        <source>p = %1 by %2</source>
        <translation>p = %1 by %2</translation>
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
        <translation>Two-sided p-value of the test named in the Test column</translation>
    </message>
    <message>
        <source>Right-click a row to choose another test</source>
        <translation>Right-click a row to choose another test</translation>
    </message>
    <message>
        <source>Counts: n/N (percent); continuous values: mean (SD), median (IQR) and range; survival with its confidence interval</source>
        <translation>Counts: n/N (percent); continuous values: mean (SD), median (IQR) and range; survival with its confidence interval</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation><numerusform>%1 of %n patient</numerusform><numerusform>%1 of %n patients</numerusform></translation>
    </message>
    <message>
        <source>Survival (Kaplan-Meier)</source>
        <translation>Survival (Kaplan-Meier)</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate</source>
        <translation>Kaplan-Meier estimate</translation>
    </message>
    <message>
        <source>Reverse Kaplan-Meier method: the censored patients' times count as events</source>
        <translation>Reverse Kaplan-Meier method: the censored patients' times count as events</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportCommand</name>
    <message>
        <source>The chart: km (Kaplan-Meier) or relief (symptom relief).</source>
        <translation>The chart: km (Kaplan-Meier) or relief (symptom relief).</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>CHART</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Width in pixels (default one journal column at --dpi).</source>
        <translation>Width in pixels (default one journal column at --dpi).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Height in pixels (default: in the proportions of the default size).</source>
        <translation>Height in pixels (default: in the proportions of the default size).</translation>
    </message>
    <message>
        <source>Resolution in dots per inch: the PNG's metadata, the PDF's and SVG's physical size.</source>
        <translation>Resolution in dots per inch: the PNG's metadata, the PDF's and SVG's physical size.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--chart %1: use km or relief</source>
        <translation>--chart %1: use km or relief</translation>
    </message>
    <message>
        <source>--out %1: give it the extension .png, .pdf or .svg</source>
        <translation>--out %1: give it the extension .png, .pdf or .svg</translation>
    </message>
    <message>
        <source>--dpi %1: give a whole number from %2 to %3</source>
        <translation>--dpi %1: give a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>%1 %2: give a whole number of pixels from 1 to %3</source>
        <translation>%1 %2: give a whole number of pixels from 1 to %3</translation>
    </message>
    <message>
        <source>--chart relief needs a registry in the native format, with the columns cs_improved and obstruction_relieved</source>
        <translation>--chart relief needs a registry in the native format, with the columns cs_improved and obstruction_relieved</translation>
    </message>
    <message>
        <source>no patient is left to draw (check the filter)</source>
        <translation>no patient is left to draw (check the filter)</translation>
    </message>
    <message>
        <source>PNG, %1 × %2 pixels at %3 dpi</source>
        <translation>PNG, %1 × %2 pixels at %3 dpi</translation>
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
        <translation>Wrote %1 (%2; n = %3)</translation>
    </message>
    <message>
        <source>Writes a chart of the viewer as it shows it: km, the Kaplan-Meier curves with the number-at-risk table, or relief, the symptom-relief bars. The extension of --out chooses the format: PNG (the pixel size and resolution given), PDF or SVG (vector). The default size is one journal column, 85 × 90 mm, at 300 dpi. With --table patients instead, writes the patients the filter keeps as CSV, de-identified with --deidentify.</source>
        <translation>Writes a chart of the viewer as it shows it: km, the Kaplan-Meier curves with the number-at-risk table, or relief, the symptom-relief bars. The extension of --out chooses the format: PNG (the pixel size and resolution given), PDF or SVG (vector). The default size is one journal column, 85 × 90 mm, at 300 dpi. With --table patients instead, writes the patients the filter keeps as CSV, de-identified with --deidentify.</translation>
    </message>
    <message>
        <source>A table instead of a chart: patients (the patients the filter keeps, in the registry's columns, as CSV).</source>
        <translation>A table instead of a chart: patients (the patients the filter keeps, in the registry's columns, as CSV).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>With --table patients: IDs replaced by sequence numbers, dates removed, ages over 89 as 90+.</source>
        <translation>With --table patients: IDs replaced by sequence numbers, dates removed, ages over 89 as 90+.</translation>
    </message>
    <message>
        <source>The file to write: FILE.png, FILE.pdf or FILE.svg (a chart), FILE.csv (a table).</source>
        <translation>The file to write: FILE.png, FILE.pdf or FILE.svg (a chart), FILE.csv (a table).</translation>
    </message>
    <message>
        <source>give --chart or --table, not both</source>
        <translation>give --chart or --table, not both</translation>
    </message>
    <message>
        <source>--%1 applies to charts, not to --table</source>
        <translation>--%1 applies to charts, not to --table</translation>
    </message>
    <message>
        <source>--deidentify applies to --table patients</source>
        <translation>--deidentify applies to --table patients</translation>
    </message>
    <message>
        <source>--chart km|relief is required (or --table patients)</source>
        <translation>--chart km|relief is required (or --table patients)</translation>
    </message>
    <message>
        <source>--table %1: use patients</source>
        <translation>--table %1: use patients</translation>
    </message>
    <message>
        <source>--out %1: give it the extension .csv</source>
        <translation>--out %1: give it the extension .csv</translation>
    </message>
    <message>
        <source>no patient is left to export (check the filter)</source>
        <translation>no patient is left to export (check the filter)</translation>
    </message>
    <message>
        <source>Wrote %1 (CSV, de-identified; n = %2)</source>
        <translation>Wrote %1 (CSV, de-identified; n = %2)</translation>
    </message>
    <message>
        <source>Wrote %1 (CSV; n = %2)</source>
        <translation>Wrote %1 (CSV; n = %2)</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Export Table</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Replace File</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>The file in %1 will be overwritten.</source>
        <translation>The file in %1 will be overwritten.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vector)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vector)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <source>HTML (web page, word processor)</source>
        <translation>HTML (web page, word processor)</translation>
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
        <translation>Journal, single column (85 mm)</translation>
    </message>
    <message>
        <source>Journal, double column (174 mm)</source>
        <translation>Journal, double column (174 mm)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>&amp;Width × height:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Journals ask for 300 dpi (photographs) to 600 dpi (line art) at the printed size; PDF and SVG stay sharp at any size.</source>
        <translation>Journals ask for 300 dpi (photographs) to 600 dpi (line art) at the printed size; PDF and SVG stay sharp at any size.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 mm at %5 dpi</source>
        <translation>%1 × %2 pixels, %3 × %4 mm at %5 dpi</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Give the file a name.</translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation>Cannot export: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>&amp;De-identify (IDs replaced, dates removed, ages over 89 as 90+)</source>
        <translation>&amp;De-identify (IDs replaced, dates removed, ages over 89 as 90+)</translation>
    </message>
    <message>
        <source>For sharing outside the clinic: the patient IDs become 1, 2, 3… in the order of the table, every date column is left out, and ages over 89 are written as 90+. The other columns are copied as they are. CSV only.</source>
        <translation>For sharing outside the clinic: the patient IDs become 1, 2, 3… in the order of the table, every date column is left out, and ages over 89 are written as 90+. The other columns are copied as they are. CSV only.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportFile</name>
    <message>
        <source>no file name was given</source>
        <translation>no file name was given</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 is a folder; give a file name</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 is a file, not a folder</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>the folder %1 is not writable</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 is read-only</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: no file can be created in %2 (%3)</source>
        <translation>Cannot write %1: no file can be created in %2 (%3)</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::FilterPanel</name>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Symptoms at presentation: carcinoid syndrome, obstruction or ischaemia</source>
        <translation>Symptoms at presentation: carcinoid syndrome, obstruction or ischaemia</translation>
    </message>
    <message>
        <source>Any presentation</source>
        <translation>Any presentation</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Carcinoid syndrome</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia</source>
        <translation>Obstruction or ischaemia</translation>
    </message>
    <message>
        <source>CS and obstruction</source>
        <translation>CS and obstruction</translation>
    </message>
    <message>
        <source>CS without obstruction</source>
        <translation>CS without obstruction</translation>
    </message>
    <message>
        <source>Obstruction without CS</source>
        <translation>Obstruction without CS</translation>
    </message>
    <message>
        <source>No arms recorded</source>
        <translation>No arms recorded</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Age from, years</source>
        <translation>Age from, years</translation>
    </message>
    <message>
        <source>Age to, years</source>
        <translation>Age to, years</translation>
    </message>
    <message>
        <source>Follow-up from, months</source>
        <translation>Follow-up from, months</translation>
    </message>
    <message>
        <source>Follow-up to, months</source>
        <translation>Follow-up to, months</translation>
    </message>
    <message>
        <source>Lowest value included; "any" for no lower limit</source>
        <translation>Lowest value included; "any" for no lower limit</translation>
    </message>
    <message>
        <source>Highest value included; "any" for no upper limit</source>
        <translation>Highest value included; "any" for no upper limit</translation>
    </message>
    <message>
        <source>Primary sites</source>
        <translation>Primary sites</translation>
    </message>
    <message>
        <source>Tick the sites to include; none ticked: every site</source>
        <translation>Tick the sites to include; none ticked: every site</translation>
    </message>
    <message>
        <source>Patient ID search</source>
        <translation>Patient ID search</translation>
    </message>
    <message>
        <source>Shows the patients whose ID contains this text, in any case</source>
        <translation>Shows the patients whose ID contains this text, in any case</translation>
    </message>
    <message>
        <source>Part of an ID</source>
        <translation>Part of an ID</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>&amp;Reset Filters</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Show all patients again</source>
        <translation>Show all patients again</translation>
    </message>
    <message>
        <source>This registry is not in the native format, so these filters do not apply to it.</source>
        <translation>This registry is not in the native format, so these filters do not apply to it.</translation>
    </message>
    <message>
        <source>A patient must match every filter. Nothing ticked in a list means any.</source>
        <translation>A patient must match every filter. Nothing ticked in a list means any.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Presen&amp;tation</source>
        <translation>Presen&amp;tation</translation>
    </message>
    <message>
        <source>&amp;Arm</source>
        <translation>&amp;Arm</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>A&amp;ge (years)</translation>
    </message>
    <message>
        <source>Primary &amp;site</source>
        <translation>Primary &amp;site</translation>
    </message>
    <message>
        <source>Patient &amp;ID</source>
        <translation>Patient &amp;ID</translation>
    </message>
    <message>
        <source>Follow-&amp;up (months)</source>
        <translation>Follow-&amp;up (months)</translation>
    </message>
    <message>
        <source>Cytoreduction</source>
        <translation>Cytoreduction</translation>
    </message>
    <message>
        <source>Medical therapy</source>
        <translation>Medical therapy</translation>
    </message>
    <message>
        <source>Cytoreduction arm</source>
        <translation>Cytoreduction arm</translation>
    </message>
    <message>
        <source>Medical therapy arm</source>
        <translation>Medical therapy arm</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Reading the registry…</translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportCommand</name>
    <message numerus="yes">
        <source>Imported %n patient(s) from %1 into %2</source>
        <translation><numerusform>Imported %n patient from %1 into %2</numerusform><numerusform>Imported %n patients from %1 into %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation><numerusform>… and %n more problem not listed</numerusform><numerusform>… and %n more problems not listed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and %2 is unchanged</source>
        <translation><numerusform>%n problem in %1; nothing was imported and %2 is unchanged</numerusform><numerusform>%n problems in %1; nothing was imported and %2 is unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and no database was created</source>
        <translation><numerusform>%n problem in %1; nothing was imported and no database was created</numerusform><numerusform>%n problems in %1; nothing was imported and no database was created</numerusform></translation>
    </message>
    <message>
        <source>Imports a registry CSV (native schema, or mapped onto it with --map) into an SQLite registry, in one transaction: on any problem nothing is written.</source>
        <translation>Imports a registry CSV (native schema, or mapped onto it with --map) into an SQLite registry, in one transaction: on any problem nothing is written.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>The CSV file to import.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>The registry database, created when missing.</source>
        <translation>The registry database, created when missing.</translation>
    </message>
    <message>
        <source>FILE.sqlite</source>
        <translation>FILE.sqlite</translation>
    </message>
    <message>
        <source>Replace the patients of an existing registry.</source>
        <translation>Replace the patients of an existing registry.</translation>
    </message>
    <message>
        <source>Add the patients to an existing registry.</source>
        <translation>Add the patients to an existing registry.</translation>
    </message>
    <message>
        <source>Read registry field FIELD from column COLUMN of the file (repeatable).</source>
        <translation>Read registry field FIELD from column COLUMN of the file (repeatable).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>Run cohortlens import --help for the options.</source>
        <translation>Run cohortlens import --help for the options.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--input FILE.csv is required</source>
        <translation>--input FILE.csv is required</translation>
    </message>
    <message>
        <source>--db FILE.sqlite is required</source>
        <translation>--db FILE.sqlite is required</translation>
    </message>
    <message>
        <source>--replace and --append exclude each other</source>
        <translation>--replace and --append exclude each other</translation>
    </message>
    <message>
        <source>give --input and --db once each</source>
        <translation>give --input and --db once each</translation>
    </message>
    <message>
        <source>Nothing was imported; %1 is unchanged.</source>
        <translation>Nothing was imported; %1 is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>Appended %n patient(s) from %1 to %2, which now holds %3</source>
        <translation><numerusform>Appended %n patient from %1 to %2, which now holds %3</numerusform><numerusform>Appended %n patients from %1 to %2, which now holds %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation><numerusform>%n patient</numerusform><numerusform>%n patients</numerusform></translation>
    </message>
    <message>
        <source>(%1, %2 rejected; SHA-256 %3)</source>
        <translation>(%1, %2 rejected; SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation><numerusform>%n row read</numerusform><numerusform>%n rows read</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportProblemsDialog</name>
    <message numerus="yes">
        <source>%1 was not opened: it has %n problem(s). Nothing was changed.</source>
        <translation><numerusform>%1 was not opened: it has %n problem. Nothing was changed.</numerusform><numerusform>%1 was not opened: it has %n problems. Nothing was changed.</numerusform></translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Problems in %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>&amp;Save List…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>Save Problems</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be saved to %1: %2</source>
        <translation>The list could not be saved to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n problem(s) are listed.</source>
        <translation><numerusform>The first %n problem are listed.</numerusform><numerusform>The first %n problems are listed.</numerusform></translation>
    </message>
</context>
<context>
    <name>CohortLens::KaplanMeierChart</name>
    <message numerus="yes">
        <source>%1 (n = %2, %Ln event(s))</source>
        <extracomment>Legend entry of a survival curve: group name, patients, events</extracomment>
        <translation><numerusform>%1 (n = %2, %Ln event)</numerusform><numerusform>%1 (n = %2, %Ln events)</numerusform></translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Survival</translation>
    </message>
    <message>
        <source>Number at risk</source>
        <translation>Number at risk</translation>
    </message>
    <message>
        <source>Overall survival</source>
        <translation>Overall survival</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>%1 p %2</source>
        <extracomment>Test name and p-value inside the survival plot: "Log-rank p = 0.522"</extracomment>
        <translation>%1 p %2</translation>
    </message>
    <message>
        <source>Log-rank</source>
        <translation>Log-rank</translation>
    </message>
    <message>
        <source>%1 p = %2</source>
        <translation>%1 p = %2</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Censored</source>
        <translation>Censored</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not estimable, %2 at risk</source>
        <extracomment>Hover read-out beyond a group's last follow-up</extracomment>
        <translation>%1: not estimable, %2 at risk</translation>
    </message>
    <message>
        <source>%1: %2 (%3 CI %4–%5), %6 at risk</source>
        <extracomment>Hover read-out: group, S(t), CI level, lower, upper, number at risk</extracomment>
        <translation>%1: %2 (%3 CI %4–%5), %6 at risk</translation>
    </message>
    <message>
        <source>%1: %2, %3 at risk</source>
        <translation>%1: %2, %3 at risk</translation>
    </message>
</context>
<context>
    <name>CohortLens::MainWindow</name>
    <message numerus="yes">
        <source>%n patient(s) imported into %1. Open the registry now?</source>
        <translation><numerusform>%n patient imported into %1. Open the registry now?</numerusform><numerusform>%n patients imported into %1. Open the registry now?</numerusform></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a registry: a CSV file or a database made by cohortlens import</source>
        <translation>Open a registry: a CSV file or a database made by cohortlens import</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Registry</source>
        <translation>Open &amp;Demo Registry</translation>
    </message>
    <message>
        <source>Open the bundled synthetic demo registry</source>
        <translation>Open the bundled synthetic demo registry</translation>
    </message>
    <message>
        <source>&amp;Import CSV into Registry…</source>
        <translation>&amp;Import CSV into Registry…</translation>
    </message>
    <message>
        <source>Check a CSV file and store it in a registry database</source>
        <translation>Check a CSV file and store it in a registry database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>&amp;Reset Filters</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>F&amp;ull Screen</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>Confidence &amp;Bands</source>
        <translation>Confidence &amp;Bands</translation>
    </message>
    <message>
        <source>&amp;Censor Marks</source>
        <translation>&amp;Censor Marks</translation>
    </message>
    <message>
        <source>&amp;Median Lines</source>
        <translation>&amp;Median Lines</translation>
    </message>
    <message>
        <source>Log-rank &amp;p-Value</source>
        <translation>Log-rank &amp;p-Value</translation>
    </message>
    <message>
        <source>Number at &amp;Risk Table</source>
        <translation>Number at &amp;Risk Table</translation>
    </message>
    <message>
        <source>Time in &amp;Years</source>
        <translation>Time in &amp;Years</translation>
    </message>
    <message>
        <source>&amp;Stop Curves Below n at Risk…</source>
        <translation>&amp;Stop Curves Below n at Risk…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Kaplan-Meier survival chart</source>
        <translation>Kaplan-Meier survival chart</translation>
    </message>
    <message>
        <source>Symptom relief chart</source>
        <translation>Symptom relief chart</translation>
    </message>
    <message>
        <source>The symptom-relief chart needs the registry columns cs_improved and obstruction_relieved.</source>
        <translation>The symptom-relief chart needs the registry columns cs_improved and obstruction_relieved.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>Stop Curves</source>
        <translation>Stop Curves</translation>
    </message>
    <message>
        <source>Stop drawing a curve when fewer than this many patients remain at risk (0: draw to the end):</source>
        <translation>Stop drawing a curve when fewer than this many patients remain at risk (0: draw to the end):</translation>
    </message>
    <message>
        <source>Still opening %1…</source>
        <translation>Still opening %1…</translation>
    </message>
    <message>
        <source>Open Registry</source>
        <translation>Open Registry</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file or a registry database.</source>
        <translation>%1 is a folder; choose a CSV file or a registry database.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 holds no registry.</source>
        <translation>%1 holds no registry.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Opening %1 was cancelled.</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 was not opened: %2</translation>
    </message>
    <message>
        <source>Registries (*.csv *.sqlite *.db);;CSV files (*.csv);;All files (*)</source>
        <translation>Registries (*.csv *.sqlite *.db);;CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import CSV into Registry</source>
        <translation>Import CSV into Registry</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Registry Database</source>
        <translation>Registry Database</translation>
    </message>
    <message>
        <source>Registry databases (*.sqlite *.db)</source>
        <translation>Registry databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Add the patients of %2 to it, or replace its patients?</source>
        <translation>%1 already exists. Add the patients of %2 to it, or replace its patients?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>The import was cancelled; %1 is unchanged.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>No registry open</source>
        <translation>No registry open</translation>
    </message>
    <message>
        <source>Source: %1 — synthetic demo data</source>
        <translation>Source: %1 — synthetic demo data</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Kaplan-Meier Chart…</source>
        <translation>&amp;Kaplan-Meier Chart…</translation>
    </message>
    <message>
        <source>Save the survival chart with its number-at-risk table as PNG, PDF or SVG</source>
        <translation>Save the survival chart with its number-at-risk table as PNG, PDF or SVG</translation>
    </message>
    <message>
        <source>&amp;Symptom-Relief Chart…</source>
        <translation>&amp;Symptom-Relief Chart…</translation>
    </message>
    <message>
        <source>Save the symptom-relief chart as PNG, PDF or SVG</source>
        <translation>Save the symptom-relief chart as PNG, PDF or SVG</translation>
    </message>
    <message>
        <source>&amp;Comparison Table…</source>
        <translation>&amp;Comparison Table…</translation>
    </message>
    <message>
        <source>Save the comparison table, with the test of each row, as CSV or HTML</source>
        <translation>Save the comparison table, with the test of each row, as CSV or HTML</translation>
    </message>
    <message>
        <source>&amp;Patient Table…</source>
        <translation>&amp;Patient Table…</translation>
    </message>
    <message>
        <source>Save the patients the filter selects as CSV or HTML</source>
        <translation>Save the patients the filter selects as CSV or HTML</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Report (PDF)…</translation>
    </message>
    <message>
        <source>Save a one-file PDF report: data source, filter, charts, comparison table and methods</source>
        <translation>Save a one-file PDF report: data source, filter, charts, comparison table and methods</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Print Report…</translation>
    </message>
    <message>
        <source>Print the report: data source, filter, charts, comparison table and methods</source>
        <translation>Print the report: data source, filter, charts, comparison table and methods</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected rows of the table in front (or all of it) as tab-separated text</source>
        <translation>Copy the selected rows of the table in front (or all of it) as tab-separated text</translation>
    </message>
    <message>
        <source>Copy Co&amp;mparison Table</source>
        <translation>Copy Co&amp;mparison Table</translation>
    </message>
    <message>
        <source>Copy the whole comparison table as tab-separated text</source>
        <translation>Copy the whole comparison table as tab-separated text</translation>
    </message>
    <message>
        <source>Copy &amp;Patient Table</source>
        <translation>Copy &amp;Patient Table</translation>
    </message>
    <message>
        <source>Copy the patients the filter selects as tab-separated text</source>
        <translation>Copy the patients the filter selects as tab-separated text</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copy Chart as Image</translation>
    </message>
    <message>
        <source>Cannot write %1: give it the extension .csv or .html</source>
        <translation>Cannot write %1: give it the extension .csv or .html</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>The report could not be printed.</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>Co&amp;mparison</translation>
    </message>
    <message>
        <source>Demo registry</source>
        <translation>Demo registry</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <source>Censored and &amp;Events Rows (KMunicate)</source>
        <translation>Censored and &amp;Events Rows (KMunicate)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Statistical Methods</source>
        <translation>&amp;Statistical Methods</translation>
    </message>
    <message>
        <source>How each figure is computed, and the R call that gives the same</source>
        <translation>How each figure is computed, and the R call that gives the same</translation>
    </message>
    <message>
        <source>&amp;About CohortLens</source>
        <translation>&amp;About CohortLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CohortLens %1&lt;/h3&gt;&lt;p&gt;A viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons, with statistics that agree with R survival.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CohortLens %1&lt;/h3&gt;&lt;p&gt;A viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons, with statistics that agree with R survival.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The demo registry is synthetic.&lt;/b&gt; It reproduces the published aggregates of a surgical series; no real patient is in it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The demo registry is synthetic.&lt;/b&gt; It reproduces the published aggregates of a surgical series; no real patient is in it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About CohortLens</source>
        <translation>About CohortLens</translation>
    </message>
    <message>
        <source>%1 (synthetic data, not real patients)</source>
        <translation>%1 (synthetic data, not real patients)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln patient(s)</source>
        <translation><numerusform>%L1 of %Ln patient</numerusform><numerusform>%L1 of %Ln patients</numerusform></translation>
    </message>
    <message>
        <source>Cannot write %1: a de-identified table is written as CSV</source>
        <translation>Cannot write %1: a de-identified table is written as CSV</translation>
    </message>
    <message>
        <source>Open Database &amp;Connection…</source>
        <translation>Open Database &amp;Connection…</translation>
    </message>
    <message>
        <source>Open a registry that several sites share, on a PostgreSQL server</source>
        <translation>Open a registry that several sites share, on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Open Database Connection</source>
        <translation>Open Database Connection</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>%1 holds no registry yet; import a CSV into it first.</source>
        <translation>%1 holds no registry yet; import a CSV into it first.</translation>
    </message>
    <message>
        <source>Address of a shared registry on PostgreSQL, such as postgresql://surgeon@registry.example.org:5432/net:</source>
        <translation>Address of a shared registry on PostgreSQL, such as postgresql://surgeon@registry.example.org:5432/net:</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 is not a database address; write it as postgresql://user@host:port/database.</translation>
    </message>
</context>
<context>
    <name>CohortLens::MethodsDialog</name>
    <message>
        <source>The methods document is missing from this build.</source>
        <translation>The methods document is missing from this build.</translation>
    </message>
    <message>
        <source>Statistical Methods</source>
        <translation>Statistical Methods</translation>
    </message>
</context>
<context>
    <name>CohortLens::OutputOptions</name>
    <message>
        <source>Replace --out when it exists.</source>
        <translation>Replace --out when it exists.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>give --out once</source>
        <translation>give --out once</translation>
    </message>
    <message>
        <source>--out %1: %2</source>
        <translation>--out %1: %2</translation>
    </message>
    <message>
        <source>--out %1 exists; give --force to replace it</source>
        <translation>--out %1 exists; give --force to replace it</translation>
    </message>
    <message>
        <source>The language of the words and numbers written: en, de, fr or es (default: the system's).</source>
        <translation>The language of the words and numbers written: en, de, fr or es (default: the system's).</translation>
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
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Primary site</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Carcinoid syndrome</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Obstruction</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Regional resection</source>
        <translation>Regional resection</translation>
    </message>
    <message>
        <source>CS improved</source>
        <translation>CS improved</translation>
    </message>
    <message>
        <source>Obstruction relieved</source>
        <translation>Obstruction relieved</translation>
    </message>
    <message>
        <source>Complication</source>
        <translation>Complication</translation>
    </message>
    <message>
        <source>Clavien-Dindo</source>
        <translation>Clavien-Dindo</translation>
    </message>
    <message>
        <source>Died ≤ 30 days</source>
        <translation>Died ≤ 30 days</translation>
    </message>
    <message>
        <source>Follow-up (months)</source>
        <translation>Follow-up (months)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operation date</source>
        <translation>Operation date</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>alive</translation>
    </message>
    <message>
        <source>cytoreduction</source>
        <translation>cytoreduction</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medical</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CohortLens::RecordValidator</name>
    <message>
        <source>a value is required here; fill it in</source>
        <translation>a value is required here; fill it in</translation>
    </message>
    <message>
        <source>not a yes/no value; write yes or no (1/0, y/n and true/false also work)</source>
        <translation>not a yes/no value; write yes or no (1/0, y/n and true/false also work)</translation>
    </message>
    <message>
        <source>not a number; write digits with a point as the decimal separator, e.g. 47.5</source>
        <translation>not a number; write digits with a point as the decimal separator, e.g. 47.5</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>not a date; write it as YYYY-MM-DD, e.g. 2004-03-17</source>
        <translation>not a date; write it as YYYY-MM-DD, e.g. 2004-03-17</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; check for a missing or extra separator, or a quote that is not closed</source>
        <translation>the row has %1 fields but the header has %2; check for a missing or extra separator, or a quote that is not closed</translation>
    </message>
    <message>
        <source>unknown sex; write M or F (male/female also work)</source>
        <translation>unknown sex; write M or F (male/female also work)</translation>
    </message>
    <message>
        <source>unknown arm; write cytoreduction or medical</source>
        <translation>unknown arm; write cytoreduction or medical</translation>
    </message>
    <message>
        <source>follow-up is required; fill in followup_months, or both operation_date and last_followup_date</source>
        <translation>follow-up is required; fill in followup_months, or both operation_date and last_followup_date</translation>
    </message>
    <message>
        <source>the last follow-up is before the operation date</source>
        <translation>the last follow-up is before the operation date</translation>
    </message>
    <message>
        <source>status must be 1 (dead) or 0 (alive at last follow-up)</source>
        <translation>status must be 1 (dead) or 0 (alive at last follow-up)</translation>
    </message>
    <message>
        <source>given for a patient without carcinoid syndrome; leave it empty or correct carcinoid_syndrome</source>
        <translation>given for a patient without carcinoid syndrome; leave it empty or correct carcinoid_syndrome</translation>
    </message>
    <message>
        <source>given for a patient without obstruction; leave it empty or correct obstruction</source>
        <translation>given for a patient without obstruction; leave it empty or correct obstruction</translation>
    </message>
    <message>
        <source>a complication grade above 0 but complication is no; correct one of them</source>
        <translation>a complication grade above 0 but complication is no; correct one of them</translation>
    </message>
    <message>
        <source>grade 0 means no complication, but complication is yes; give the worst grade (1 to 5)</source>
        <translation>grade 0 means no complication, but complication is yes; give the worst grade (1 to 5)</translation>
    </message>
    <message>
        <source>died within 30 days of the operation, but status is 0 (alive at last follow-up); correct one of them</source>
        <translation>died within 30 days of the operation, but status is 0 (alive at last follow-up); correct one of them</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryImporter</name>
    <message numerus="yes">
        <source>%1 already holds a registry of %n patient(s); add --append to add patients to it, or --replace to replace them</source>
        <translation><numerusform>%1 already holds a registry of %n patient; add --append to add patients to it, or --replace to replace them</numerusform><numerusform>%1 already holds a registry of %n patients; add --append to add patients to it, or --replace to replace them</numerusform></translation>
    </message>
    <message>
        <source>the column name appears twice in the header; rename one of them</source>
        <translation>the column name appears twice in the header; rename one of them</translation>
    </message>
    <message>
        <source>the file could not be read to the end</source>
        <translation>the file could not be read to the end</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)</source>
        <translation>line %1 is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)</source>
        <translation>the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)</translation>
    </message>
    <message>
        <source>this is not a CSV text file: it holds binary data (NUL bytes); export the registry as CSV</source>
        <translation>this is not a CSV text file: it holds binary data (NUL bytes); export the registry as CSV</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte); this is not a CSV text file</source>
        <translation>line %1 holds binary data (a NUL byte); this is not a CSV text file</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed; add the closing quote</source>
        <translation>the quoted field that starts on line %1 is never closed; add the closing quote</translation>
    </message>
    <message>
        <source>line %1 has text right after a closing quote; a quote inside a quoted field must be doubled ("")</source>
        <translation>line %1 has text right after a closing quote; a quote inside a quoted field must be doubled ("")</translation>
    </message>
    <message>
        <source>line %1 has a field longer than %2 MiB; is this a registry file?</source>
        <translation>line %1 has a field longer than %2 MiB; is this a registry file?</translation>
    </message>
    <message>
        <source>line %1 has more than %2 columns; is this a registry file?</source>
        <translation>line %1 has more than %2 columns; is this a registry file?</translation>
    </message>
    <message>
        <source>the file is empty; a registry file starts with a header row naming its columns</source>
        <translation>the file is empty; a registry file starts with a header row naming its columns</translation>
    </message>
    <message>
        <source>row %1 could not be stored: %2</source>
        <translation>row %1 could not be stored: %2</translation>
    </message>
    <message>
        <source>duplicate patient_id: row %1 has the same one; each patient needs a unique identifier</source>
        <translation>duplicate patient_id: row %1 has the same one; each patient needs a unique identifier</translation>
    </message>
    <message>
        <source>duplicate patient_id: the registry already holds this patient; import only new patients with --append, or use --replace</source>
        <translation>duplicate patient_id: the registry already holds this patient; import only new patients with --append, or use --replace</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>the import was cancelled; nothing was written</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>the file has a header but no data rows</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>no input file given</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is a folder; give a CSV file or a registry database</source>
        <translation>%1 is a folder; give a CSV file or a registry database</translation>
    </message>
    <message>
        <source>%1 holds no registry yet</source>
        <translation>%1 holds no registry yet</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give a CSV file</source>
        <translation>%1 is a folder; give a CSV file</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>no database file given</translation>
    </message>
    <message>
        <source>the database and the input are the same file</source>
        <translation>the database and the input are the same file</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, not a CSV file</source>
        <translation>%1 is an SQLite database, not a CSV file</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB; is this a registry file?</source>
        <translation>line %1 is longer than %2 MiB; is this a registry file?</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; import it again once it is saved and closed</source>
        <translation>%1 changed while it was being read; import it again once it is saved and closed</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryStore</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; give a registry made by cohortlens import</source>
        <translation>%1 is not an SQLite database; give a registry made by cohortlens import</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>%1 cannot be read: permission denied</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>cannot create %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 is not writable</source>
        <translation>cannot create %1: the folder %2 is not writable</translation>
    </message>
    <message>
        <source>%1 is read-only; it can be opened for viewing but not changed</source>
        <translation>%1 is read-only; it can be opened for viewing but not changed</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CohortLens registry</source>
        <translation>%1 is an SQLite database but not a CohortLens registry</translation>
    </message>
    <message>
        <source>%1 was written by a newer CohortLens (registry schema %2; this version reads up to %3); update CohortLens to open it</source>
        <translation>%1 was written by a newer CohortLens (registry schema %2; this version reads up to %3); update CohortLens to open it</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection</source>
        <translation>the SQLite driver does not expose its connection</translation>
    </message>
    <message>
        <source>cannot prepare the database connection: %1</source>
        <translation>cannot prepare the database connection: %1</translation>
    </message>
    <message>
        <source>the registry holds a CSV of another format, not native-schema patients</source>
        <translation>the registry holds a CSV of another format, not native-schema patients</translation>
    </message>
    <message>
        <source>the registry holds native-schema patients</source>
        <translation>the registry holds native-schema patients</translation>
    </message>
    <message>
        <source>cannot update the registry schema to version %1: %2</source>
        <translation>cannot update the registry schema to version %1: %2</translation>
    </message>
    <message>
        <source>--presentation needs the carcinoid_syndrome and obstruction columns of a native registry; this file is not one (use --where on its own columns)</source>
        <translation>--presentation needs the carcinoid_syndrome and obstruction columns of a native registry; this file is not one (use --where on its own columns)</translation>
    </message>
    <message>
        <source>filtering by %1 needs the columns of a native registry; this file is not one (use --where on its own columns)</source>
        <translation>filtering by %1 needs the columns of a native registry; this file is not one (use --where on its own columns)</translation>
    </message>
    <message>
        <source>--where %1: no column %2; the columns are %3</source>
        <translation>--where %1: no column %2; the columns are %3</translation>
    </message>
    <message>
        <source>no column %1; the columns are %2</source>
        <translation>no column %1; the columns are %2</translation>
    </message>
    <message>
        <source>the registry is not in the native format</source>
        <translation>the registry is not in the native format</translation>
    </message>
    <message>
        <source>%1 holds an unfinished import of a program that was stopped; to restore it as it was before, open it once with write access to the file and its folder</source>
        <translation>%1 holds an unfinished import of a program that was stopped; to restore it as it was before, open it once with write access to the file and its folder</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the registry it holds (cut off, e.g. by an interrupted copy); restore it from a backup</source>
        <translation>%1 is damaged: the file is shorter than the registry it holds (cut off, e.g. by an interrupted copy); restore it from a backup</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 is damaged (%2); restore it from a backup</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>the disk is full; free some space and try again</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>the disk could not be read or written (%1)</translation>
    </message>
    <message>
        <source>another program is changing the registry; try again when it has finished</source>
        <translation>another program is changing the registry; try again when it has finished</translation>
    </message>
    <message>
        <source>the registry file is damaged (%1); restore it from a backup</source>
        <translation>the registry file is damaged (%1); restore it from a backup</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database</source>
        <translation>%1 is not a database address; write it as postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 holds a patients table but is not a CohortLens registry</source>
        <translation>%1 holds a patients table but is not a CohortLens registry</translation>
    </message>
    <message>
        <source>%1 is not a CohortLens registry</source>
        <translation>%1 is not a CohortLens registry</translation>
    </message>
    <message>
        <source>the database server's disk is full; ask its administrator to free some space, then try again</source>
        <translation>the database server's disk is full; ask its administrator to free some space, then try again</translation>
    </message>
    <message>
        <source>a shared registry holds native-schema patients only</source>
        <translation>a shared registry holds native-schema patients only</translation>
    </message>
    <message>
        <source>cannot create the registry schema: %1</source>
        <translation>cannot create the registry schema: %1</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryWriter</name>
    <message>
        <source>cannot start the import: %1</source>
        <translation>cannot start the import: %1</translation>
    </message>
    <message>
        <source>no import is in progress</source>
        <translation>no import is in progress</translation>
    </message>
    <message>
        <source>cannot save the import: %1</source>
        <translation>cannot save the import: %1</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection</source>
        <translation>the SQLite driver does not expose its connection</translation>
    </message>
</context>
<context>
    <name>CohortLens::ReportCommand</name>
    <message>
        <source>no patient is left to report on (check the filter)</source>
        <translation>no patient is left to report on (check the filter)</translation>
    </message>
    <message>
        <source>Wrote %1 (PDF, %2, pages: %3; n = %4)</source>
        <translation>Wrote %1 (PDF, %2, pages: %3; n = %4)</translation>
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
        <source>Writes the viewer's one-file PDF report: data source (file, SHA-256, rows), the filter in words, n per arm, the Kaplan-Meier figure with its number-at-risk table, the symptom-relief figure, the comparison table with the test of each row, and the methods.</source>
        <translation>Writes the viewer's one-file PDF report: data source (file, SHA-256, rows), the filter in words, n per arm, the Kaplan-Meier figure with its number-at-risk table, the symptom-relief figure, the comparison table with the test of each row, and the methods.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default from the locale: letter in the United States and Canada, else a4).</source>
        <translation>Paper: a4 or letter (default from the locale: letter in the United States and Canada, else a4).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>--out %1: the report is a PDF; give the file the extension .pdf</source>
        <translation>--out %1: the report is a PDF; give the file the extension .pdf</translation>
    </message>
    <message>
        <source>--paper %1: use a4 or letter</source>
        <translation>--paper %1: use a4 or letter</translation>
    </message>
</context>
<context>
    <name>CohortLens::ReportWriter</name>
    <message>
        <source>Clinical outcomes report</source>
        <translation>Clinical outcomes report</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>the report could not be drawn</translation>
    </message>
    <message>
        <source>Created %1 with CohortLens %2</source>
        <translation>Created %1 with CohortLens %2</translation>
    </message>
    <message>
        <source>Synthetic demo data — not real patients.</source>
        <translation>Synthetic demo data — not real patients.</translation>
    </message>
    <message>
        <source>The bundled demo registry reproduces the published aggregates of a surgical series (Surgery 2008;144:645-51); no real patient is in it.</source>
        <translation>The bundled demo registry reproduces the published aggregates of a surgical series (Surgery 2008;144:645-51); no real patient is in it.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 of %1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Rows of %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 rejected</source>
        <translation>%1 read, %2 imported, %3 rejected</translation>
    </message>
    <message>
        <source>Patients in the registry</source>
        <translation>Patients in the registry</translation>
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
        <translation>Patients analysed</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Rows left out</translation>
    </message>
    <message>
        <source>%1 (without a valid time, event or group)</source>
        <translation>%1 (without a valid time, event or group)</translation>
    </message>
    <message>
        <source>Figure %1.</source>
        <translation>Figure %1.</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Survival</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate of survival by %1</source>
        <translation>Kaplan-Meier estimate of survival by %1</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate of survival</source>
        <translation>Kaplan-Meier estimate of survival</translation>
    </message>
    <message>
        <source>shaded: pointwise %1 confidence intervals (%2)</source>
        <translation>shaded: pointwise %1 confidence intervals (%2)</translation>
    </message>
    <message>
        <source>ticks: censored patients</source>
        <translation>ticks: censored patients</translation>
    </message>
    <message>
        <source>dashed lines: median survival</source>
        <translation>dashed lines: median survival</translation>
    </message>
    <message>
        <source>curves end where the number at risk falls below %1</source>
        <translation>curves end where the number at risk falls below %1</translation>
    </message>
    <message>
        <source>under the time axis, per group, the patients at risk and the cumulative numbers censored and with an event at each time</source>
        <translation>under the time axis, per group, the patients at risk and the cumulative numbers censored and with an event at each time</translation>
    </message>
    <message>
        <source>under the time axis, the number at risk at each time</source>
        <translation>under the time axis, the number at risk at each time</translation>
    </message>
    <message>
        <source>Log-rank test p %1.</source>
        <translation>Log-rank test p %1.</translation>
    </message>
    <message>
        <source>Log-rank test p = %1.</source>
        <translation>Log-rank test p = %1.</translation>
    </message>
    <message>
        <source>Symptom relief</source>
        <translation>Symptom relief</translation>
    </message>
    <message>
        <source>Patients whose carcinoid syndrome improved and whose obstruction was relieved after treatment, in percent of those who had the symptom, with n/N above each bar, Wilson 95% confidence intervals as whiskers and the test of each comparison under its bars.</source>
        <translation>Patients whose carcinoid syndrome improved and whose obstruction was relieved after treatment, in percent of those who had the symptom, with n/N above each bar, Wilson 95% confidence intervals as whiskers and the test of each comparison under its bars.</translation>
    </message>
    <message>
        <source>Survival was estimated by the Kaplan-Meier method with Greenwood standard errors and %1 %2 confidence intervals (R survival::survfit); median follow-up by the reverse Kaplan-Meier method.</source>
        <translation>Survival was estimated by the Kaplan-Meier method with Greenwood standard errors and %1 %2 confidence intervals (R survival::survfit); median follow-up by the reverse Kaplan-Meier method.</translation>
    </message>
    <message>
        <source>Survival curves were compared with the log-rank test (survival::survdiff).</source>
        <translation>Survival curves were compared with the log-rank test (survival::survdiff).</translation>
    </message>
    <message>
        <source>Hazard ratios with Wald %1 confidence intervals come from a Cox proportional hazards model with %2 ties (survival::coxph).</source>
        <translation>Hazard ratios with Wald %1 confidence intervals come from a Cox proportional hazards model with %2 ties (survival::coxph).</translation>
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
        <source>Pearson's χ² test without continuity correction (chisq.test)</source>
        <translation>Pearson's χ² test without continuity correction (chisq.test)</translation>
    </message>
    <message>
        <source>the χ² test with Yates' continuity correction (chisq.test)</source>
        <translation>the χ² test with Yates' continuity correction (chisq.test)</translation>
    </message>
    <message>
        <source>Fisher's exact test (fisher.test)</source>
        <translation>Fisher's exact test (fisher.test)</translation>
    </message>
    <message>
        <source>the Wilcoxon rank-sum test (wilcox.test)</source>
        <translation>the Wilcoxon rank-sum test (wilcox.test)</translation>
    </message>
    <message>
        <source>Welch's t-test (t.test)</source>
        <translation>Welch's t-test (t.test)</translation>
    </message>
    <message>
        <source>Proportions are given with Wilson score %1 confidence intervals (prop.test).</source>
        <translation>Proportions are given with Wilson score %1 confidence intervals (prop.test).</translation>
    </message>
    <message>
        <source>Groups were compared with %1; Table 1 names the test of each row (by default Pearson's χ² when every expected count is at least 5, else Fisher's exact test, and the Wilcoxon test for continuous variables).</source>
        <translation>Groups were compared with %1; Table 1 names the test of each row (by default Pearson's χ² when every expected count is at least 5, else Fisher's exact test, and the Wilcoxon test for continuous variables).</translation>
    </message>
    <message>
        <source>All tests are two-sided. CohortLens reproduces R survival 3.x and R stats to a relative difference of 1e-6; its methods are documented in docs/methods.md.</source>
        <translation>All tests are two-sided. CohortLens reproduces R survival 3.x and R stats to a relative difference of 1e-6; its methods are documented in docs/methods.md.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparison of the groups</translation>
    </message>
    <message>
        <source>Table 1.</source>
        <translation>Table 1.</translation>
    </message>
    <message>
        <source>Patients, outcomes and survival by %1; %2.</source>
        <translation>Patients, outcomes and survival by %1; %2.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>Table 1 (continued)</source>
        <translation>Table 1 (continued)</translation>
    </message>
    <message>
        <source>Synthetic demo data — not real patients</source>
        <translation>Synthetic demo data — not real patients</translation>
    </message>
    <message>
        <source>CohortLens %1</source>
        <translation>CohortLens %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalAnalysis</name>
    <message>
        <source>this file is not in the native registry format, so name the columns to analyse: --time COLUMN --event COLUMN [--event-value VALUE] [--group COLUMN]; the columns are %1</source>
        <translation>this file is not in the native registry format, so name the columns to analyse: --time COLUMN --event COLUMN [--event-value VALUE] [--group COLUMN]; the columns are %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 "%2" is not a number</source>
        <translation>%1 "%2" is not a number</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 is negative</translation>
    </message>
    <message>
        <source>%1 "%2" is neither an event (%3) nor a censoring (%4); name the event with --event-value</source>
        <translation>%1 "%2" is neither an event (%3) nor a censoring (%4); name the event with --event-value</translation>
    </message>
    <message>
        <source>--reference %1: %2 has no such level; its levels are %3</source>
        <translation>--reference %1: %2 has no such level; its levels are %3</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalCommand</name>
    <message>
        <source>Kaplan-Meier survival per group with Greenwood confidence intervals, median and quantiles, survival at chosen times, restricted mean, median follow-up; log-rank, Peto-Peto and Gehan-Breslow-Wilcoxon tests; Cox proportional hazards. Results agree with R survival.</source>
        <translation>Kaplan-Meier survival per group with Greenwood confidence intervals, median and quantiles, survival at chosen times, restricted mean, median follow-up; log-rank, Peto-Peto and Gehan-Breslow-Wilcoxon tests; Cox proportional hazards. Results agree with R survival.</translation>
    </message>
    <message>
        <source>The follow-up time column (default followup_months).</source>
        <translation>The follow-up time column (default followup_months).</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>COL</translation>
    </message>
    <message>
        <source>The event column (default status).</source>
        <translation>The event column (default status).</translation>
    </message>
    <message>
        <source>A value meaning the event happened (repeatable; default 1, yes, true, dead).</source>
        <translation>A value meaning the event happened (repeatable; default 1, yes, true, dead).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The group column (default arm), or none.</source>
        <translation>The group column (default arm), or none.</translation>
    </message>
    <message>
        <source>Confidence intervals: log-log, log or plain.</source>
        <translation>Confidence intervals: log-log, log or plain.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Confidence level.</source>
        <translation>Confidence level.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Times for S(t) and the number at risk (default 12,36,60 for the native schema).</source>
        <translation>Times for S(t) and the number at risk (default 12,36,60 for the native schema).</translation>
    </message>
    <message>
        <source>T,...</source>
        <translation>T,...</translation>
    </message>
    <message>
        <source>Horizon of the restricted mean (default the largest --at).</source>
        <translation>Horizon of the restricted mean (default the largest --at).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Quantiles of survival time to report, e.g. 0.25,0.5,0.75.</source>
        <translation>Quantiles of survival time to report, e.g. 0.25,0.5,0.75.</translation>
    </message>
    <message>
        <source>P,...</source>
        <translation>P,...</translation>
    </message>
    <message>
        <source>The reference level of the hazard ratios.</source>
        <translation>The reference level of the hazard ratios.</translation>
    </message>
    <message>
        <source>Cox ties: efron or breslow.</source>
        <translation>Cox ties: efron or breslow.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Adjust the Cox model for these columns.</source>
        <translation>Adjust the Cox model for these columns.</translation>
    </message>
    <message>
        <source>COL,...</source>
        <translation>COL,...</translation>
    </message>
    <message>
        <source>Add the log-rank test for trend over the groups in their order.</source>
        <translation>Add the log-rank test for trend over the groups in their order.</translation>
    </message>
    <message>
        <source>--conf-type %1: use log-log, log or plain</source>
        <translation>--conf-type %1: use log-log, log or plain</translation>
    </message>
    <message>
        <source>--conf-level %1: give a number between 0 and 1, e.g. 0.95</source>
        <translation>--conf-level %1: give a number between 0 and 1, e.g. 0.95</translation>
    </message>
    <message>
        <source>--at %1: give times &gt;= 0 separated by commas, e.g. 12,36,60</source>
        <translation>--at %1: give times &gt;= 0 separated by commas, e.g. 12,36,60</translation>
    </message>
    <message>
        <source>--tau %1: give a time &gt; 0</source>
        <translation>--tau %1: give a time &gt; 0</translation>
    </message>
    <message>
        <source>--quantiles %1: give probabilities between 0 and 1, e.g. 0.25,0.5,0.75</source>
        <translation>--quantiles %1: give probabilities between 0 and 1, e.g. 0.25,0.5,0.75</translation>
    </message>
    <message>
        <source>--ties %1: use efron or breslow</source>
        <translation>--ties %1: use efron or breslow</translation>
    </message>
    <message>
        <source>no patient is left to analyse (check the filter and the excluded rows)</source>
        <translation>no patient is left to analyse (check the filter and the excluded rows)</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalFormatter</name>
    <message numerus="yes">
        <source>%n patient(s) analysed</source>
        <translation><numerusform>%n patient analysed</numerusform><numerusform>%n patients analysed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) excluded</source>
        <translation><numerusform>; %n row excluded</numerusform><numerusform>; %n rows excluded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: chi-square %2 on %n df, p = %3</source>
        <translation><numerusform>%1: chi-square %2 on %n df, p = %3</numerusform><numerusform>%1: chi-square %2 on %n df, p = %3</numerusform></translation>
    </message>
    <message>
        <source>Survival: %1, event %2</source>
        <translation>Survival: %1, event %2</translation>
    </message>
    <message>
        <source>, everyone as one group</source>
        <translation>, everyone as one group</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, by %1</translation>
    </message>
    <message>
        <source>; %1 %2 confidence intervals</source>
        <translation>; %1 %2 confidence intervals</translation>
    </message>
    <message>
        <source>  row %1 excluded: %2</source>
        <translation>  row %1 excluded: %2</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>median survival: %1 (%2)</source>
        <translation>median survival: %1 (%2)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>%1 quantile: %2 (%3)</source>
        <translation>%1 quantile: %2 (%3)</translation>
    </message>
    <message>
        <source>S(%1): not estimable (no patient followed that long)</source>
        <translation>S(%1): not estimable (no patient followed that long)</translation>
    </message>
    <message>
        <source>S(%1) = %2 (%3), %4 at risk</source>
        <translation>S(%1) = %2 (%3), %4 at risk</translation>
    </message>
    <message>
        <source>restricted mean survival to %1: %2 (SE %3)</source>
        <translation>restricted mean survival to %1: %2 (SE %3)</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>NA</translation>
    </message>
    <message>
        <source>median follow-up (reverse Kaplan-Meier): %1 (%2)</source>
        <translation>median follow-up (reverse Kaplan-Meier): %1 (%2)</translation>
    </message>
    <message>
        <source>Log-rank</source>
        <translation>Log-rank</translation>
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
        <translation>Log-rank test for trend</translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation>, reference %1</translation>
    </message>
    <message>
        <source>the model did not converge; its estimates are not reliable</source>
        <translation>the model did not converge; its estimates are not reliable</translation>
    </message>
    <message>
        <source>%1: hazard ratio not estimable (monotone likelihood: the coefficient tends to infinity, e.g. a group without events)</source>
        <translation>%1: hazard ratio not estimable (monotone likelihood: the coefficient tends to infinity, e.g. a group without events)</translation>
    </message>
    <message>
        <source>%1: hazard ratio %2 (%3), p = %4</source>
        <translation>%1: hazard ratio %2 (%3), p = %4</translation>
    </message>
    <message>
        <source>likelihood ratio p = %1, Wald p = %2, score p = %3</source>
        <translation>likelihood ratio p = %1, Wald p = %2, score p = %3</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation><numerusform>%n patient</numerusform><numerusform>%n patients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <source>Cox proportional hazards (%1 ties), %2, %3</source>
        <translation>Cox proportional hazards (%1 ties), %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n patient(s) left out for a missing covariate</source>
        <translation><numerusform>; %n patient left out for a missing covariate</numerusform><numerusform>; %n patients left out for a missing covariate</numerusform></translation>
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
        <translation>Patients (%)</translation>
    </message>
    <message>
        <source>Symptom relief after treatment</source>
        <translation>Symptom relief after treatment</translation>
    </message>
    <message>
        <source>Carcinoid syndrome improved</source>
        <translation>Carcinoid syndrome improved</translation>
    </message>
    <message>
        <source>no test: all improved</source>
        <translation>no test: all improved</translation>
    </message>
    <message>
        <source>no test: none improved</source>
        <translation>no test: none improved</translation>
    </message>
    <message>
        <source>Obstruction relieved</source>
        <translation>Obstruction relieved</translation>
    </message>
    <message>
        <source>no test: all relieved</source>
        <translation>no test: all relieved</translation>
    </message>
    <message>
        <source>no test: none relieved</source>
        <translation>no test: none relieved</translation>
    </message>
    <message>
        <source>no test: no patients</source>
        <translation>no test: no patients</translation>
    </message>
    <message>
        <source>no test: a group has no patients</source>
        <translation>no test: a group has no patients</translation>
    </message>
    <message>
        <source>Percent of the patients who had the symptom, with n/N above each bar; whiskers: 95% confidence interval (Wilson).</source>
        <translation>Percent of the patients who had the symptom, with n/N above each bar; whiskers: 95% confidence interval (Wilson).</translation>
    </message>
    <message>
        <source>no patients</source>
        <translation>no patients</translation>
    </message>
</context>
<context>
    <name>CohortLens::TableExporter</name>
    <message>
        <source>Counts are n/N (%) of the patients with a value; continuous values mean (SD), median (interquartile range) and range; survival estimates with their confidence interval. NR: not reached. p-values are two-sided.</source>
        <translation>Counts are n/N (%) of the patients with a value; continuous values mean (SD), median (interquartile range) and range; survival estimates with their confidence interval. NR: not reached. p-values are two-sided.</translation>
    </message>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparison of the groups</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>✓ yes, — no; an empty cell has no value in the registry.</source>
        <translation>✓ yes, — no; an empty cell has no value in the registry.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ValidationProblem</name>
    <message>
        <source>row %1, column %2</source>
        <translation>row %1, column %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>header, column %1</source>
        <translation>header, column %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1, value "%2"</source>
        <translation>%1, value "%2"</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::WhereCondition</name>
    <message>
        <source>"%1" has no comparison; write COLUMN OP VALUE with OP one of = != &lt; &lt;= &gt; &gt;=, e.g. "age &gt;= 60"</source>
        <translation>"%1" has no comparison; write COLUMN OP VALUE with OP one of = != &lt; &lt;= &gt; &gt;=, e.g. "age &gt;= 60"</translation>
    </message>
    <message>
        <source>"%1": "!" must be followed by "="</source>
        <translation>"%1": "!" must be followed by "="</translation>
    </message>
    <message>
        <source>"%1": write one operator of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>"%1": write one operator of = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>"%1" has no column before the operator</source>
        <translation>"%1" has no column before the operator</translation>
    </message>
    <message>
        <source>"%1" has no value after the operator</source>
        <translation>"%1" has no value after the operator</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display was found (DISPLAY is not set), so the window cannot open. The registry's figures instead:</source>
        <translation>No display was found (DISPLAY is not set), so the window cannot open. The registry's figures instead:</translation>
    </message>
    <message>
        <source>Synthetic demo registry (not real patients)</source>
        <translation>Synthetic demo registry (not real patients)</translation>
    </message>
    <message>
        <source>CohortLens — a viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons.

Subcommands (run without a display): import, survival, compare, export, report. Run cohortlens SUBCOMMAND --help for their options.</source>
        <translation>CohortLens — a viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons.

Subcommands (run without a display): import, survival, compare, export, report. Run cohortlens SUBCOMMAND --help for their options.</translation>
    </message>
    <message>
        <source>Open the synthetic demo registry.</source>
        <translation>Open the synthetic demo registry.</translation>
    </message>
    <message>
        <source>A registry to open: CSV file or database.</source>
        <translation>A registry to open: CSV file or database.</translation>
    </message>
    <message>
        <source>The charts, the comparison table and the methods are in a PDF report:</source>
        <translation>The charts, the comparison table and the methods are in a PDF report:</translation>
    </message>
    <message>
        <source>The language of the window and the report: en, de, fr or es (default: the system's, or the last one chosen).</source>
        <translation>The language of the window and the report: en, de, fr or es (default: the system's, or the last one chosen).</translation>
    </message>
</context>
</TS>
