<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CohortLens::ChartExporter</name>
    <message>
        <source>a resolution of %1 dpi is outside %2–%3 dpi</source>
        <translation>une résolution de %1 ppp est hors de %2–%3 ppp</translation>
    </message>
    <message>
        <source>a size of %1 × %2 pixels is outside 1–%3 pixels per side</source>
        <translation>une taille de %1 × %2 pixels est hors de 1–%3 pixels par côté</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>Créé avec %1</translation>
    </message>
    <message>
        <source>Cannot write %1: give it the extension .png, .pdf or .svg</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: donnez-lui l&apos;extension .png, .pdf ou .svg</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the figure could not be drawn at %1 × %2 pixels</source>
        <translation>la figure n&apos;a pas pu être dessinée en %1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortFilter</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 ou %3</translation>
    </message>
    <message>
        <source>Any presentation</source>
        <translation>Toute présentation</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Syndrome carcinoïde</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia</source>
        <translation>Occlusion ou ischémie</translation>
    </message>
    <message>
        <source>Carcinoid syndrome and obstruction</source>
        <translation>Syndrome carcinoïde et occlusion</translation>
    </message>
    <message>
        <source>Carcinoid syndrome without obstruction</source>
        <translation>Syndrome carcinoïde sans occlusion</translation>
    </message>
    <message>
        <source>Obstruction without carcinoid syndrome</source>
        <translation>Occlusion sans syndrome carcinoïde</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>cytoreduction</source>
        <translation>cytoréduction</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>traitement médical</translation>
    </message>
    <message numerus="yes">
        <source>%n arms</source>
        <translation>
            <numerusform>%n bras</numerusform>
            <numerusform>%n bras</numerusform>
        </translation>
    </message>
    <message>
        <source>sex %1</source>
        <translation>sexe %1</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message numerus="yes">
        <source>%n sexes</source>
        <translation>
            <numerusform>%n sexe</numerusform>
            <numerusform>%n sexes</numerusform>
        </translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>âge %1</translation>
    </message>
    <message>
        <source>age %1–%2</source>
        <translation>âge %1–%2</translation>
    </message>
    <message>
        <source>age ≥ %1</source>
        <translation>âge ≥ %1</translation>
    </message>
    <message>
        <source>age ≤ %1</source>
        <translation>âge ≤ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n primary sites</source>
        <translation>
            <numerusform>%n localisation primitive</numerusform>
            <numerusform>%n localisations primitives</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-up %1 months</source>
        <translation>suivi %1 mois</translation>
    </message>
    <message>
        <source>follow-up %1–%2 months</source>
        <translation>suivi %1–%2 mois</translation>
    </message>
    <message>
        <source>follow-up ≥ %1 months</source>
        <translation>suivi ≥ %1 mois</translation>
    </message>
    <message>
        <source>follow-up ≤ %1 months</source>
        <translation>suivi ≤ %1 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n conditions</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
    <message>
        <source>selected by patient ID</source>
        <translation>sélectionnés par identifiant de patient</translation>
    </message>
    <message>
        <source>(an ID)</source>
        <translation>(un identifiant)</translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortOptions</name>
    <message>
        <source>A registry: a CSV file, or a database made by cohortlens import.</source>
        <translation>Un registre&#xa0;: un fichier CSV ou une base de données créée par cohortlens import.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Keep the patients with COLUMN OP VALUE, OP one of = != &lt; &lt;= &gt; &gt;= (repeatable; all must hold).</source>
        <translation>Garde les patients vérifiant COLONNE OP VALEUR, OP parmi =&#xa0;!= &lt; &lt;= &gt; &gt;= (répétable&#xa0;; toutes les conditions doivent être vérifiées).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Keep the patients presenting with: any, cs, obstruction, both, cs-only, obstruction-only.</source>
        <translation>Garde les patients selon leur présentation initiale&#xa0;: any, cs, obstruction, both, cs-only, obstruction-only.</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>CHOIX</translation>
    </message>
    <message>
        <source>Output: json, csv or text.</source>
        <translation>Sortie&#xa0;: json, csv ou text.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Run cohortlens %1 --help for the options.</source>
        <translation>Lancez cohortlens %1 --help pour voir les options.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>--input PATH is required</source>
        <translation>--input CHEMIN est obligatoire</translation>
    </message>
    <message>
        <source>give --input once</source>
        <translation>indiquez --input une seule fois</translation>
    </message>
    <message>
        <source>--format %1: use json, csv or text</source>
        <translation>--format %1&#xa0;: utilisez json, csv ou text</translation>
    </message>
    <message>
        <source>--presentation %1: use any, cs, obstruction, both, cs-only or obstruction-only</source>
        <translation>--presentation %1&#xa0;: utilisez any, cs, obstruction, both, cs-only ou obstruction-only</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; correct the file and run again</source>
        <translation>
            <numerusform>%n problème dans %1&#xa0;; corrigez le fichier et relancez la commande</numerusform>
            <numerusform>%n problèmes dans %1&#xa0;; corrigez le fichier et relancez la commande</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ColumnMapping</name>
    <message>
        <source>--map %1: expected FIELD=COLUMN, e.g. followup_months=months</source>
        <translation>--map %1&#xa0;: CHAMP=COLONNE attendu, p. ex. followup_months=months</translation>
    </message>
    <message>
        <source>--map %1: %2 is not a registry field; the fields are %3</source>
        <translation>--map %1&#xa0;: %2 n&apos;est pas un champ du registre&#xa0;; les champs sont %3</translation>
    </message>
    <message>
        <source>--map %1: %2 is mapped twice</source>
        <translation>--map %1&#xa0;: %2 est associé deux fois</translation>
    </message>
    <message>
        <source>the column name appears twice in the header; rename one of them</source>
        <translation>le nom de colonne apparaît deux fois dans l&apos;en-tête&#xa0;; renommez l&apos;une des colonnes</translation>
    </message>
    <message>
        <source>no such column in the file, but %1 is mapped to it; check the spelling of the mapping</source>
        <translation>cette colonne n&apos;existe pas dans le fichier, mais %1 lui est associé&#xa0;; vérifiez l&apos;orthographe de l&apos;association</translation>
    </message>
    <message>
        <source>the column is mapped to two registry fields</source>
        <translation>la colonne est associée à deux champs du registre</translation>
    </message>
    <message>
        <source>required column is missing; add it, or give both operation_date and last_followup_date, or map it with --map followup_months=COLUMN</source>
        <translation>colonne obligatoire manquante&#xa0;; ajoutez-la, ou fournissez operation_date et last_followup_date, ou associez-la avec --map followup_months=COLONNE</translation>
    </message>
    <message>
        <source>required column is missing; add it or map it with --map %1=COLUMN</source>
        <translation>colonne obligatoire manquante&#xa0;; ajoutez-la ou associez-la avec --map %1=COLONNE</translation>
    </message>
    <message>
        <source>%1 is mapped to column %2, so this column would be ignored; rename or remove it</source>
        <translation>%1 est associé à la colonne %2, cette colonne serait donc ignorée&#xa0;; renommez-la ou supprimez-la</translation>
    </message>
</context>
<context>
    <name>CohortLens::ColumnMappingDialog</name>
    <message>
        <source>Choose the Columns to Analyse</source>
        <translation>Choisir les colonnes à analyser</translation>
    </message>
    <message>
        <source>%1 is not in the registry format CohortLens knows. Choose which of its columns hold the follow-up time, the event and the groups to compare.</source>
        <translation>%1 n&apos;est pas dans le format de registre connu de CohortLens. Choisissez les colonnes qui contiennent la durée de suivi, l&apos;événement et les groupes à comparer.</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Colonne du temps</translation>
    </message>
    <message>
        <source>Event column</source>
        <translation>Colonne de l&apos;événement</translation>
    </message>
    <message>
        <source>Values that mean the event happened</source>
        <translation>Valeurs signifiant que l&apos;événement est survenu</translation>
    </message>
    <message>
        <source>(everyone as one group)</source>
        <translation>(tous en un seul groupe)</translation>
    </message>
    <message>
        <source>Group column</source>
        <translation>Colonne des groupes</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Temps&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>Event &amp;values:</source>
        <translation>Vale&amp;urs de l&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>The time column should hold numbers (e.g. months of follow-up).</source>
        <translation>La colonne du temps doit contenir des nombres (p. ex. des mois de suivi).</translation>
    </message>
    <message>
        <source>Tick the value or values that mean the event happened.</source>
        <translation>Cochez la ou les valeurs signifiant que l&apos;événement est survenu.</translation>
    </message>
    <message>
        <source>Time and event must be different columns.</source>
        <translation>Le temps et l&apos;événement doivent être des colonnes différentes.</translation>
    </message>
</context>
<context>
    <name>CohortLens::CompareCommand</name>
    <message>
        <source>The per-group comparison table: counts and percentages with Wilson intervals, Pearson chi-square, Yates and Fisher tests and odds ratios for yes/no and categorical rows; mean, SD, median, IQR and range with Wilcoxon and Welch tests for numeric rows. The default test per row follows gtsummary.</source>
        <translation>Le tableau de comparaison par groupe&#xa0;: effectifs et pourcentages avec intervalles de Wilson, tests du khi-deux de Pearson, de Yates et de Fisher et rapports de cotes (odds ratios) pour les lignes oui/non et catégorielles&#xa0;; moyenne, ET, médiane, EIQ et étendue avec tests de Wilcoxon et de Welch pour les lignes numériques. Le test par défaut de chaque ligne suit gtsummary.</translation>
    </message>
    <message>
        <source>The group column (default arm), or none.</source>
        <translation>La colonne des groupes (par défaut arm), ou none.</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>COL</translation>
    </message>
    <message>
        <source>Further rows: columns, each optionally with :binary, :categorical or :continuous.</source>
        <translation>Lignes supplémentaires&#xa0;: colonnes, chacune éventuellement suivie de&#xa0;:binary,&#xa0;:categorical ou&#xa0;:continuous.</translation>
    </message>
    <message>
        <source>COL[:TYPE],...</source>
        <translation>COL[:TYPE],...</translation>
    </message>
    <message>
        <source>Confidence level of the percentages&apos; intervals.</source>
        <translation>Niveau de confiance des intervalles des pourcentages.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Interval of the percentages: wilson or clopper-pearson.</source>
        <translation>Intervalle des pourcentages&#xa0;: wilson ou clopper-pearson.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>--variables %1: write COLUMN or COLUMN:binary, COLUMN:categorical, COLUMN:continuous</source>
        <translation>--variables %1&#xa0;: écrivez COLONNE ou COLONNE:binary, COLONNE:categorical, COLONNE:continuous</translation>
    </message>
    <message>
        <source>--conf-level %1: give a number between 0 and 1, e.g. 0.95</source>
        <translation>--conf-level %1&#xa0;: indiquez un nombre entre 0 et 1, p. ex. 0.95</translation>
    </message>
    <message>
        <source>--interval %1: use wilson or clopper-pearson</source>
        <translation>--interval %1&#xa0;: utilisez wilson ou clopper-pearson</translation>
    </message>
    <message>
        <source>no patient is left to compare (check the filter)</source>
        <translation>il ne reste aucun patient à comparer (vérifiez le filtre)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a value in %1 left out</source>
        <translation>
            <numerusform>%n ligne sans valeur dans %1 écartée</numerusform>
            <numerusform>%n lignes sans valeur dans %1 écartées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonAnalysis</name>
    <message>
        <source>Carcinoid syndrome at presentation</source>
        <translation>Syndrome carcinoïde initial</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia at presentation</source>
        <translation>Occlusion ou ischémie initiale</translation>
    </message>
    <message>
        <source>Carcinoid syndrome improved</source>
        <translation>Syndrome carcinoïde amélioré</translation>
    </message>
    <message>
        <source>Obstructive symptoms relieved</source>
        <translation>Symptômes occlusifs soulagés</translation>
    </message>
    <message>
        <source>Postoperative morbidity (operated patients)</source>
        <translation>Morbidité postopératoire (patients opérés)</translation>
    </message>
    <message>
        <source>Postoperative (30-day) mortality</source>
        <translation>Mortalité postopératoire (à 30 jours)</translation>
    </message>
    <message>
        <source>Follow-up (months)</source>
        <translation>Suivi (mois)</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Âge (ans)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Localisation primitive</translation>
    </message>
    <message>
        <source>this file is not in the native registry format, so name the rows to compare: --variables COLUMN[:binary|:categorical|:continuous],...; the columns are %1</source>
        <translation>ce fichier n&apos;est pas au format de registre natif&#xa0;; indiquez donc les lignes à comparer&#xa0;: --variables COLONNE[:binary|:categorical|:continuous],...&#xa0;; les colonnes sont %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is not a yes/no column; compare it as :categorical</source>
        <translation>%1 n&apos;est pas une colonne oui/non&#xa0;; comparez-la comme&#xa0;:categorical</translation>
    </message>
    <message>
        <source>%1 is not a numeric column (&quot;%2&quot; in row %3); compare it as :categorical</source>
        <translation>%1 n&apos;est pas une colonne numérique («&#xa0;%2&#xa0;» à la ligne %3)&#xa0;; comparez-la comme&#xa0;:categorical</translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonFormatter</name>
    <message>
        <source>Pearson χ²</source>
        <translation>χ² de Pearson</translation>
    </message>
    <message>
        <source>χ² with Yates&apos; correction</source>
        <translation>χ² avec correction de Yates</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Test exact de Fisher</translation>
    </message>
    <message>
        <source>Wilcoxon rank-sum test</source>
        <translation>Test de la somme des rangs de Wilcoxon</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test</source>
        <translation>Test t de Welch</translation>
    </message>
    <message>
        <source>mean (SD)</source>
        <translation>moyenne (ET)</translation>
    </message>
    <message>
        <source>median (IQR)</source>
        <translation>médiane (EIQ)</translation>
    </message>
    <message>
        <source>range</source>
        <translation>étendue</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Total</translation>
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
            <numerusform>%n ligne sans valeur dans %1 écartée</numerusform>
            <numerusform>%n lignes sans valeur dans %1 écartées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonPanel</name>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparaison des groupes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows (or the whole table) as tab-separated text, for a spreadsheet or a manuscript</source>
        <translation>Copie les lignes sélectionnées (ou tout le tableau) sous forme de texte séparé par des tabulations, pour un tableur ou un manuscrit</translation>
    </message>
    <message>
        <source>Test for “%1”</source>
        <translation>Test pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1   (p = %2)</source>
        <translation>%1   (p = %2)</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Copy &amp;whole table</source>
        <translation>Copier &amp;tout le tableau</translation>
    </message>
    <message>
        <source>Counts: n/N (%). Continuous values: mean (SD), median (interquartile range) and range. Right-click a row to choose another test; %1 copies the selected rows.</source>
        <translation>Effectifs&#xa0;: n/N (%). Valeurs continues&#xa0;: moyenne (ET), médiane (écart interquartile) et étendue. Cliquez avec le bouton droit sur une ligne pour choisir un autre test&#xa0;; %1 copie les lignes sélectionnées.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonTableModel</name>
    <message>
        <source>Compares proportions between groups; valid when every expected count is at least 5.</source>
        <translation>Compare des proportions entre groupes&#xa0;; valide lorsque chaque effectif attendu est d&apos;au moins 5.</translation>
    </message>
    <message>
        <source>Pearson&apos;s χ² with a continuity correction for a 2×2 table; more cautious (larger p) when counts are small.</source>
        <translation>χ² de Pearson avec correction de continuité pour un tableau 2×2&#xa0;; plus prudent (p plus grand) lorsque les effectifs sont faibles.</translation>
    </message>
    <message>
        <source>Exact test of proportions between groups; valid for any counts, the choice when some expected count is below 5.</source>
        <translation>Test exact de comparaison de proportions entre groupes&#xa0;; valide quels que soient les effectifs, à privilégier lorsqu&apos;un effectif attendu est inférieur à 5.</translation>
    </message>
    <message>
        <source>Compares the distributions of two groups by ranks (Mann-Whitney); needs no normal distribution.</source>
        <translation>Compare les distributions de deux groupes à partir des rangs (Mann-Whitney)&#xa0;; ne suppose pas de distribution normale.</translation>
    </message>
    <message>
        <source>Compares the means of two groups without assuming equal variances; assumes roughly normal values or large groups.</source>
        <translation>Compare les moyennes de deux groupes sans supposer l&apos;égalité des variances&#xa0;; suppose des valeurs à peu près normales ou des groupes de grande taille.</translation>
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
        <translation>Total
n = %1</translation>
    </message>
    <message>
        <source>No patients with a value</source>
        <translation>Aucun patient avec une valeur</translation>
    </message>
    <message>
        <source>Confidence interval: %1 to %2</source>
        <translation>Intervalle de confiance&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>%1: number (percent of the group&apos;s patients with a value)</source>
        <translation>%1&#xa0;: nombre (pourcentage des patients du groupe ayant une valeur)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) with a value</source>
        <translation>
            <numerusform>%n patient avec une valeur</numerusform>
            <numerusform>%n patients avec une valeur</numerusform>
        </translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NA</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>Time: %1; event: %2</source>
        <translation>Temps&#xa0;: %1&#xa0;; événement&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Log-rank test: χ² = %1 on %n degree(s) of freedom</source>
        <translation>
            <numerusform>Test du log-rank&#xa0;: χ² = %1 à %n degré de liberté</numerusform>
            <numerusform>Test du log-rank&#xa0;: χ² = %1 à %n degrés de liberté</numerusform>
        </translation>
    </message>
    <message>
        <source>Log-rank test</source>
        <translation>Test du log-rank</translation>
    </message>
    <message>
        <source>Compares the survival curves over the whole follow-up; most powerful when the hazards are proportional.</source>
        <translation>Compare les courbes de survie sur toute la durée du suivi&#xa0;; le plus puissant lorsque les risques sont proportionnels.</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Patients with the event during follow-up</source>
        <translation>Patients ayant présenté l&apos;événement pendant le suivi</translation>
    </message>
    <message>
        <source>Median survival, months (%1 CI)</source>
        <translation>Survie médiane, mois (IC à %1)</translation>
    </message>
    <message>
        <source>Median survival (%1 CI)</source>
        <translation>Survie médiane (IC à %1)</translation>
    </message>
    <message>
        <source>NR: not reached (the curve or its confidence limit does not fall to 50%)</source>
        <translation>NA&#xa0;: non atteinte (la courbe ou sa limite de confiance ne descend pas à 50&#xa0;%)</translation>
    </message>
    <message>
        <source>Survival at 1 year (%1 CI)</source>
        <translation>Survie à 1 an (IC à %1)</translation>
    </message>
    <message>
        <source>Survival at %1 years (%2 CI)</source>
        <translation>Survie à %1 ans (IC à %2)</translation>
    </message>
    <message>
        <source>Survival at %1 months (%2 CI)</source>
        <translation>Survie à %1 mois (IC à %2)</translation>
    </message>
    <message>
        <source>Survival at time %1 (%2 CI)</source>
        <translation>Survie au temps %1 (IC à %2)</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>non estimable</translation>
    </message>
    <message>
        <source>No patient in this group was followed that long</source>
        <translation>Aucun patient de ce groupe n&apos;a été suivi aussi longtemps</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) still at risk</source>
        <translation>
            <numerusform>%n patient encore à risque</numerusform>
            <numerusform>%n patients encore à risque</numerusform>
        </translation>
    </message>
    <message>
        <source>Median follow-up, months (%1 CI)</source>
        <translation>Suivi médian, mois (IC à %1)</translation>
    </message>
    <message>
        <source>Median follow-up (%1 CI)</source>
        <translation>Suivi médian (IC à %1)</translation>
    </message>
    <message>
        <source>Hazard ratio (Cox, %1 CI)</source>
        <translation>Rapport de risques instantanés (Cox, IC à %1)</translation>
    </message>
    <message>
        <source>Hazard of the event in each group relative to %1; below 1 means a lower hazard</source>
        <translation>Risque instantané de l&apos;événement dans chaque groupe par rapport à %1&#xa0;; une valeur inférieure à 1 signifie un risque plus faible</translation>
    </message>
    <message>
        <source>Not estimable: the likelihood is monotone (for example a group without events), so the hazard ratio tends to 0 or infinity</source>
        <translation>Non estimable&#xa0;: la vraisemblance est monotone (par exemple un groupe sans événement), le rapport de risques instantanés tend donc vers 0 ou l&apos;infini</translation>
    </message>
    <message>
        <source>1 (reference)</source>
        <translation>1 (référence)</translation>
    </message>
    <message>
        <source>Wald p = %1</source>
        <translation>p de Wald = %1</translation>
    </message>
    <message>
        <source>Wald test of the hazard ratio</source>
        <translation>Test de Wald du rapport de risques instantanés</translation>
    </message>
    <message>
        <source>Wald test of all hazard ratios together</source>
        <translation>Test de Wald global de tous les rapports de risques instantanés</translation>
    </message>
    <message>
        <source>Cox regression (Wald)</source>
        <translation>Régression de Cox (Wald)</translation>
    </message>
    <message>
        <source>Hazard ratio from a Cox proportional hazards model; the Wald test asks whether it differs from 1.</source>
        <translation>Rapport de risques instantanés issu d&apos;un modèle de Cox à risques proportionnels&#xa0;; le test de Wald vérifie s&apos;il diffère de 1.</translation>
    </message>
    <message>
        <source>The model did not converge; its estimates are not reliable.</source>
        <translation>Le modèle n&apos;a pas convergé&#xa0;; ses estimations ne sont pas fiables.</translation>
    </message>
    <message>
        <source>no test</source>
        <translation>pas de test</translation>
    </message>
    <message>
        <source>No test: there is only one group.</source>
        <translation>Pas de test&#xa0;: il n&apos;y a qu&apos;un seul groupe.</translation>
    </message>
    <message>
        <source>No test: a group has too few values.</source>
        <translation>Pas de test&#xa0;: un groupe a trop peu de valeurs.</translation>
    </message>
    <message>
        <source>No test: a margin of the table is empty (for example every patient has the same outcome, or a group has no patients).</source>
        <translation>Pas de test&#xa0;: une marge du tableau est vide (par exemple tous les patients ont la même issue, ou un groupe n&apos;a aucun patient).</translation>
    </message>
    <message>
        <source>Right-click to choose another test.</source>
        <translation>Cliquez avec le bouton droit pour choisir un autre test.</translation>
    </message>
    <message>
        <source>p = %1 by %2</source>
        <translation>p = %1 (%2)</translation>
    </message>
    <message>
        <source>%1: p = %2</source>
        <translation>%1&#xa0;: p = %2</translation>
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
        <translation>Valeur p bilatérale du test indiqué dans la colonne «&#xa0;Test&#xa0;»</translation>
    </message>
    <message>
        <source>Right-click a row to choose another test</source>
        <translation>Cliquez avec le bouton droit sur une ligne pour choisir un autre test</translation>
    </message>
    <message>
        <source>Counts: n/N (percent); continuous values: mean (SD), median (IQR) and range; survival with its confidence interval</source>
        <translation>Effectifs&#xa0;: n/N (pourcentage)&#xa0;; valeurs continues&#xa0;: moyenne (ET), médiane (EIQ) et étendue&#xa0;; survie avec son intervalle de confiance</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 sur %n patient</numerusform>
            <numerusform>%1 sur %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Survival (Kaplan-Meier)</source>
        <translation>Survie (Kaplan-Meier)</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate</source>
        <translation>Estimation de Kaplan-Meier</translation>
    </message>
    <message>
        <source>Reverse Kaplan-Meier method: the censored patients&apos; times count as events</source>
        <translation>Méthode de Kaplan-Meier inversée&#xa0;: les temps des patients censurés comptent comme des événements</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportCommand</name>
    <message>
        <source>The chart: km (Kaplan-Meier) or relief (symptom relief).</source>
        <translation>Le graphique&#xa0;: km (Kaplan-Meier) ou relief (soulagement des symptômes).</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>GRAPHIQUE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Width in pixels (default one journal column at --dpi).</source>
        <translation>Largeur en pixels (par défaut une colonne de revue à --dpi).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Height in pixels (default: in the proportions of the default size).</source>
        <translation>Hauteur en pixels (par défaut&#xa0;: dans les proportions de la taille par défaut).</translation>
    </message>
    <message>
        <source>Resolution in dots per inch: the PNG&apos;s metadata, the PDF&apos;s and SVG&apos;s physical size.</source>
        <translation>Résolution en points par pouce&#xa0;: les métadonnées du PNG, la taille physique du PDF et du SVG.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--chart %1: use km or relief</source>
        <translation>--chart %1&#xa0;: utilisez km ou relief</translation>
    </message>
    <message>
        <source>--out %1: give it the extension .png, .pdf or .svg</source>
        <translation>--out %1&#xa0;: donnez-lui l&apos;extension .png, .pdf ou .svg</translation>
    </message>
    <message>
        <source>--dpi %1: give a whole number from %2 to %3</source>
        <translation>--dpi %1&#xa0;: donnez un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1 %2: give a whole number of pixels from 1 to %3</source>
        <translation>%1 %2&#xa0;: donnez un nombre entier de pixels de 1 à %3</translation>
    </message>
    <message>
        <source>--chart relief needs a registry in the native format, with the columns cs_improved and obstruction_relieved</source>
        <translation>--chart relief nécessite un registre au format natif, avec les colonnes cs_improved et obstruction_relieved</translation>
    </message>
    <message>
        <source>no patient is left to draw (check the filter)</source>
        <translation>il ne reste aucun patient à représenter (vérifiez le filtre)</translation>
    </message>
    <message>
        <source>PNG, %1 × %2 pixels at %3 dpi</source>
        <translation>PNG, %1 × %2 pixels à %3 ppp</translation>
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
        <translation>%1 écrit (%2&#xa0;; n = %3)</translation>
    </message>
    <message>
        <source>Writes a chart of the viewer as it shows it: km, the Kaplan-Meier curves with the number-at-risk table, or relief, the symptom-relief bars. The extension of --out chooses the format: PNG (the pixel size and resolution given), PDF or SVG (vector). The default size is one journal column, 85 × 90 mm, at 300 dpi. With --table patients instead, writes the patients the filter keeps as CSV, de-identified with --deidentify.</source>
        <translation>Écrit un graphique tel que le visualiseur l&apos;affiche&#xa0;: km, les courbes de Kaplan-Meier avec le tableau des sujets à risque, ou relief, les barres du soulagement des symptômes. L&apos;extension de --out choisit le format&#xa0;: PNG (à la taille en pixels et à la résolution données), PDF ou SVG (vectoriel). La taille par défaut est une colonne de revue, 85 × 90 mm, à 300 ppp. Avec --table patients à la place, écrit en CSV les patients retenus par le filtre, anonymisés avec --deidentify.</translation>
    </message>
    <message>
        <source>A table instead of a chart: patients (the patients the filter keeps, in the registry&apos;s columns, as CSV).</source>
        <translation>Un tableau au lieu d&apos;un graphique&#xa0;: patients (les patients retenus par le filtre, dans les colonnes du registre, en CSV).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLEAU</translation>
    </message>
    <message>
        <source>With --table patients: IDs replaced by sequence numbers, dates removed, ages over 89 as 90+.</source>
        <translation>Avec --table patients&#xa0;: identifiants remplacés par des numéros d&apos;ordre, dates supprimées, âges au-delà de 89 ans notés 90+.</translation>
    </message>
    <message>
        <source>The file to write: FILE.png, FILE.pdf or FILE.svg (a chart), FILE.csv (a table).</source>
        <translation>Le fichier à écrire&#xa0;: FICHIER.png, FICHIER.pdf ou FICHIER.svg (un graphique), FICHIER.csv (un tableau).</translation>
    </message>
    <message>
        <source>give --chart or --table, not both</source>
        <translation>indiquez --chart ou --table, pas les deux</translation>
    </message>
    <message>
        <source>--%1 applies to charts, not to --table</source>
        <translation>--%1 s&apos;applique aux graphiques, pas à --table</translation>
    </message>
    <message>
        <source>--deidentify applies to --table patients</source>
        <translation>--deidentify s&apos;applique à --table patients</translation>
    </message>
    <message>
        <source>--chart km|relief is required (or --table patients)</source>
        <translation>--chart km|relief est requis (ou --table patients)</translation>
    </message>
    <message>
        <source>--table %1: use patients</source>
        <translation>--table %1&#xa0;: utilisez patients</translation>
    </message>
    <message>
        <source>--out %1: give it the extension .csv</source>
        <translation>--out %1&#xa0;: donnez-lui l&apos;extension .csv</translation>
    </message>
    <message>
        <source>no patient is left to export (check the filter)</source>
        <translation>aucun patient ne reste à exporter (vérifiez le filtre)</translation>
    </message>
    <message>
        <source>Wrote %1 (CSV, de-identified; n = %2)</source>
        <translation>%1 écrit (CSV, anonymisé&#xa0;; n = %2)</translation>
    </message>
    <message>
        <source>Wrote %1 (CSV; n = %2)</source>
        <translation>%1 écrit (CSV&#xa0;; n = %2)</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>The file in %1 will be overwritten.</source>
        <translation>Le fichier dans %1 sera écrasé.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectoriel)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectoriel)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <source>HTML (web page, word processor)</source>
        <translation>HTML (page web, traitement de texte)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Journal, single column (85 mm)</source>
        <translation>Revue, une colonne (85 mm)</translation>
    </message>
    <message>
        <source>Journal, double column (174 mm)</source>
        <translation>Revue, deux colonnes (174 mm)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
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
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>&amp;Largeur × hauteur&#xa0;:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Journals ask for 300 dpi (photographs) to 600 dpi (line art) at the printed size; PDF and SVG stay sharp at any size.</source>
        <translation>Les revues demandent 300 ppp (photographies) à 600 ppp (dessins au trait) à la taille imprimée&#xa0;; PDF et SVG restent nets à toute taille.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 mm at %5 dpi</source>
        <translation>%1 × %2 pixels, %3 × %4 mm à %5 ppp</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Donnez un nom au fichier.</translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation>Exportation impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&amp;De-identify (IDs replaced, dates removed, ages over 89 as 90+)</source>
        <translation>&amp;Anonymiser (identifiants remplacés, dates supprimées, âges au-delà de 89 ans notés 90+)</translation>
    </message>
    <message>
        <source>For sharing outside the clinic: the patient IDs become 1, 2, 3… in the order of the table, every date column is left out, and ages over 89 are written as 90+. The other columns are copied as they are. CSV only.</source>
        <translation>Pour un partage hors de la clinique&#xa0;: les identifiants des patients deviennent 1, 2, 3… dans l&apos;ordre du tableau, toute colonne de date est omise et les âges au-delà de 89 ans sont notés 90+. Les autres colonnes sont copiées telles quelles. CSV uniquement.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportFile</name>
    <message>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n&apos;a été donné</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 est un dossier&#xa0;; donnez un nom de fichier</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: no file can be created in %2 (%3)</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: aucun fichier ne peut être créé dans %2 (%3)</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::FilterPanel</name>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Symptoms at presentation: carcinoid syndrome, obstruction or ischaemia</source>
        <translation>Symptômes initiaux&#xa0;: syndrome carcinoïde, occlusion ou ischémie</translation>
    </message>
    <message>
        <source>Any presentation</source>
        <translation>Toute présentation</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Syndrome carcinoïde</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia</source>
        <translation>Occlusion ou ischémie</translation>
    </message>
    <message>
        <source>CS and obstruction</source>
        <translation>SC et occlusion</translation>
    </message>
    <message>
        <source>CS without obstruction</source>
        <translation>SC sans occlusion</translation>
    </message>
    <message>
        <source>Obstruction without CS</source>
        <translation>Occlusion sans SC</translation>
    </message>
    <message>
        <source>No arms recorded</source>
        <translation>Aucun bras enregistré</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Age from, years</source>
        <translation>Âge minimum, ans</translation>
    </message>
    <message>
        <source>Age to, years</source>
        <translation>Âge maximum, ans</translation>
    </message>
    <message>
        <source>Follow-up from, months</source>
        <translation>Suivi minimum, mois</translation>
    </message>
    <message>
        <source>Follow-up to, months</source>
        <translation>Suivi maximum, mois</translation>
    </message>
    <message>
        <source>Lowest value included; &quot;any&quot; for no lower limit</source>
        <translation>Plus petite valeur incluse&#xa0;; «&#xa0;indifférent&#xa0;»&#xa0;: pas de limite inférieure</translation>
    </message>
    <message>
        <source>Highest value included; &quot;any&quot; for no upper limit</source>
        <translation>Plus grande valeur incluse&#xa0;; «&#xa0;indifférent&#xa0;»&#xa0;: pas de limite supérieure</translation>
    </message>
    <message>
        <source>Primary sites</source>
        <translation>Localisations primitives</translation>
    </message>
    <message>
        <source>Tick the sites to include; none ticked: every site</source>
        <translation>Cochez les localisations à inclure&#xa0;; aucune cochée&#xa0;: toutes les localisations</translation>
    </message>
    <message>
        <source>Patient ID search</source>
        <translation>Recherche par identifiant patient</translation>
    </message>
    <message>
        <source>Shows the patients whose ID contains this text, in any case</source>
        <translation>Affiche les patients dont l&apos;identifiant contient ce texte, sans tenir compte de la casse</translation>
    </message>
    <message>
        <source>Part of an ID</source>
        <translation>Partie d&apos;un identifiant</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>&amp;Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Show all patients again</source>
        <translation>Afficher de nouveau tous les patients</translation>
    </message>
    <message>
        <source>This registry is not in the native format, so these filters do not apply to it.</source>
        <translation>Ce registre n&apos;est pas au format natif&#xa0;: ces filtres ne s&apos;y appliquent donc pas.</translation>
    </message>
    <message>
        <source>A patient must match every filter. Nothing ticked in a list means any.</source>
        <translation>Un patient doit satisfaire tous les filtres. Si rien n&apos;est coché dans une liste, toutes les valeurs sont acceptées.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Presen&amp;tation</source>
        <translation>Présen&amp;tation</translation>
    </message>
    <message>
        <source>&amp;Arm</source>
        <translation>&amp;Bras</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>Âg&amp;e (ans)</translation>
    </message>
    <message>
        <source>Primary &amp;site</source>
        <translation>&amp;Localisation primitive</translation>
    </message>
    <message>
        <source>Patient &amp;ID</source>
        <translation>&amp;ID patient</translation>
    </message>
    <message>
        <source>Follow-&amp;up (months)</source>
        <translation>S&amp;uivi (mois)</translation>
    </message>
    <message>
        <source>Cytoreduction</source>
        <translation>Cytoréduction</translation>
    </message>
    <message>
        <source>Medical therapy</source>
        <translation>Traitement médical</translation>
    </message>
    <message>
        <source>Cytoreduction arm</source>
        <translation>Bras cytoréduction</translation>
    </message>
    <message>
        <source>Medical therapy arm</source>
        <translation>Bras traitement médical</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Lecture du registre…</translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportCommand</name>
    <message>
        <source>Imports a registry CSV (native schema, or mapped onto it with --map) into an SQLite registry, in one transaction: on any problem nothing is written.</source>
        <translation>Importe un CSV de registre (schéma natif, ou mis en correspondance avec --map) dans un registre SQLite, en une seule transaction&#xa0;: au moindre problème, rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>The registry database, created when missing.</source>
        <translation>La base de données du registre, créée si elle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>FILE.sqlite</source>
        <translation>FICHIER.sqlite</translation>
    </message>
    <message>
        <source>Replace the patients of an existing registry.</source>
        <translation>Remplace les patients d&apos;un registre existant.</translation>
    </message>
    <message>
        <source>Add the patients to an existing registry.</source>
        <translation>Ajoute les patients à un registre existant.</translation>
    </message>
    <message>
        <source>Read registry field FIELD from column COLUMN of the file (repeatable).</source>
        <translation>Lit le champ de registre CHAMP dans la colonne COLONNE du fichier (répétable).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>CHAMP=COLONNE</translation>
    </message>
    <message>
        <source>Run cohortlens import --help for the options.</source>
        <translation>Lancez cohortlens import --help pour voir les options.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>--input FILE.csv is required</source>
        <translation>--input FICHIER.csv est obligatoire</translation>
    </message>
    <message>
        <source>--db FILE.sqlite is required</source>
        <translation>--db FICHIER.sqlite est obligatoire</translation>
    </message>
    <message>
        <source>--replace and --append exclude each other</source>
        <translation>--replace et --append s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>give --input and --db once each</source>
        <translation>indiquez --input et --db une seule fois chacun</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s) from %1 into %2</source>
        <translation>
            <numerusform>%n patient importé de %1 dans %2</numerusform>
            <numerusform>%n patients importés de %1 dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… et %n autre problème non affiché</numerusform>
            <numerusform>… et %n autres problèmes non affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and %2 is unchanged</source>
        <translation>
            <numerusform>%n problème dans %1&#xa0;; rien n&apos;a été importé et %2 est inchangé</numerusform>
            <numerusform>%n problèmes dans %1&#xa0;; rien n&apos;a été importé et %2 est inchangé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and no database was created</source>
        <translation>
            <numerusform>%n problème dans %1&#xa0;; rien n&apos;a été importé et aucune base de données n&apos;a été créée</numerusform>
            <numerusform>%n problèmes dans %1&#xa0;; rien n&apos;a été importé et aucune base de données n&apos;a été créée</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported; %1 is unchanged.</source>
        <translation>Rien n&apos;a été importé&#xa0;; %1 est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>Appended %n patient(s) from %1 to %2, which now holds %3</source>
        <translation>
            <numerusform>%n patient de %1 ajouté à %2, qui compte désormais %3</numerusform>
            <numerusform>%n patients de %1 ajoutés à %2, qui compte désormais %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, %2 rejected; SHA-256 %3)</source>
        <translation>(%1, %2 rejetées&#xa0;; SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportProblemsDialog</name>
    <message>
        <source>Problems in %1</source>
        <translation>Problèmes dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not opened: it has %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>%1 n&apos;a pas été ouvert&#xa0;: il comporte %n problème. Rien n&apos;a été modifié.</numerusform>
            <numerusform>%1 n&apos;a pas été ouvert&#xa0;: il comporte %n problèmes. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>&amp;Enregistrer la liste…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>Enregistrer les problèmes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la liste dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Le premier problème est listé.</numerusform>
            <numerusform>Les %n premiers problèmes sont listés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::KaplanMeierChart</name>
    <message>
        <source>Survival</source>
        <translation>Survie</translation>
    </message>
    <message>
        <source>Number at risk</source>
        <translation>Nombre de sujets à risque</translation>
    </message>
    <message>
        <source>Overall survival</source>
        <translation>Survie globale</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message numerus="yes">
        <source>%1 (n = %2, %Ln event(s))</source>
        <extracomment>Legend entry of a survival curve: group name, patients, events</extracomment>
        <translation>
            <numerusform>%1 (n = %2, %Ln événement)</numerusform>
            <numerusform>%1 (n = %2, %Ln événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 p %2</source>
        <extracomment>Test name and p-value inside the survival plot: &quot;Log-rank p = 0.522&quot;</extracomment>
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
        <translation>À risque</translation>
    </message>
    <message>
        <source>Censored</source>
        <translation>Censurés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not estimable, %2 at risk</source>
        <extracomment>Hover read-out beyond a group&apos;s last follow-up</extracomment>
        <translation>%1&#xa0;: non estimable, %2 à risque</translation>
    </message>
    <message>
        <source>%1: %2 (%3 CI %4–%5), %6 at risk</source>
        <extracomment>Hover read-out: group, S(t), CI level, lower, upper, number at risk</extracomment>
        <translation>%1&#xa0;: %2 (IC à %3&#xa0;: %4–%5), %6 à risque</translation>
    </message>
    <message>
        <source>%1: %2, %3 at risk</source>
        <translation>%1&#xa0;: %2, %3 à risque</translation>
    </message>
</context>
<context>
    <name>CohortLens::MainWindow</name>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a registry: a CSV file or a database made by cohortlens import</source>
        <translation>Ouvrir un registre&#xa0;: un fichier CSV ou une base de données créée par cohortlens import</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un registre &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Registry</source>
        <translation>Ouvrir le registre de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the bundled synthetic demo registry</source>
        <translation>Ouvrir le registre de démonstration synthétique fourni</translation>
    </message>
    <message>
        <source>&amp;Import CSV into Registry…</source>
        <translation>&amp;Importer un CSV dans un registre…</translation>
    </message>
    <message>
        <source>Check a CSV file and store it in a registry database</source>
        <translation>Vérifier un fichier CSV et l&apos;enregistrer dans une base de données de registre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>&amp;Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Confidence &amp;Bands</source>
        <translation>&amp;Bandes de confiance</translation>
    </message>
    <message>
        <source>&amp;Censor Marks</source>
        <translation>&amp;Marques de censure</translation>
    </message>
    <message>
        <source>&amp;Median Lines</source>
        <translation>Lignes de mé&amp;diane</translation>
    </message>
    <message>
        <source>Log-rank &amp;p-Value</source>
        <translation>Valeur &amp;p du log-rank</translation>
    </message>
    <message>
        <source>Number at &amp;Risk Table</source>
        <translation>Tableau du nombre de sujets à &amp;risque</translation>
    </message>
    <message>
        <source>Time in &amp;Years</source>
        <translation>Temps en &amp;années</translation>
    </message>
    <message>
        <source>&amp;Stop Curves Below n at Risk…</source>
        <translation>Arrê&amp;ter les courbes sous n sujets à risque…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Kaplan-Meier survival chart</source>
        <translation>Courbe de survie de Kaplan-Meier</translation>
    </message>
    <message>
        <source>Symptom relief chart</source>
        <translation>Graphique du soulagement des symptômes</translation>
    </message>
    <message>
        <source>The symptom-relief chart needs the registry columns cs_improved and obstruction_relieved.</source>
        <translation>Le graphique du soulagement des symptômes nécessite les colonnes de registre cs_improved et obstruction_relieved.</translation>
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
        <translation>Arrêter les courbes</translation>
    </message>
    <message>
        <source>Stop drawing a curve when fewer than this many patients remain at risk (0: draw to the end):</source>
        <translation>Arrêter le tracé d&apos;une courbe lorsqu&apos;il reste moins de patients à risque que ce nombre (0&#xa0;: tracer jusqu&apos;au bout)&#xa0;:</translation>
    </message>
    <message>
        <source>Still opening %1…</source>
        <translation>Ouverture de %1 toujours en cours…</translation>
    </message>
    <message>
        <source>Open Registry</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file or a registry database.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un fichier CSV ou une base de données de registre.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 holds no registry.</source>
        <translation>%1 ne contient aucun registre.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>L&apos;ouverture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Registries (*.csv *.sqlite *.db);;CSV files (*.csv);;All files (*)</source>
        <translation>Registres (*.csv *.sqlite *.db);;Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import CSV into Registry</source>
        <translation>Importer un CSV dans un registre</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Registry Database</source>
        <translation>Base de données du registre</translation>
    </message>
    <message>
        <source>Registry databases (*.sqlite *.db)</source>
        <translation>Bases de données de registre (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Add the patients of %2 to it, or replace its patients?</source>
        <translation>%1 existe déjà. Voulez-vous y ajouter les patients de %2 ou remplacer ses patients&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported into %1. Open the registry now?</source>
        <translation>
            <numerusform>%n patient importé dans %1. Voulez-vous ouvrir le registre maintenant&#xa0;?</numerusform>
            <numerusform>%n patients importés dans %1. Voulez-vous ouvrir le registre maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>L&apos;importation a été annulée&#xa0;; %1 est inchangé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>No registry open</source>
        <translation>Aucun registre ouvert</translation>
    </message>
    <message>
        <source>Source: %1 — synthetic demo data</source>
        <translation>Source&#xa0;: %1 — données de démonstration synthétiques</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Kaplan-Meier Chart…</source>
        <translation>Graphique de &amp;Kaplan-Meier…</translation>
    </message>
    <message>
        <source>Save the survival chart with its number-at-risk table as PNG, PDF or SVG</source>
        <translation>Enregistrer le graphique de survie avec son tableau des sujets à risque en PNG, PDF ou SVG</translation>
    </message>
    <message>
        <source>&amp;Symptom-Relief Chart…</source>
        <translation>Graphique du &amp;soulagement des symptômes…</translation>
    </message>
    <message>
        <source>Save the symptom-relief chart as PNG, PDF or SVG</source>
        <translation>Enregistrer le graphique du soulagement des symptômes en PNG, PDF ou SVG</translation>
    </message>
    <message>
        <source>&amp;Comparison Table…</source>
        <translation>Tableau de &amp;comparaison…</translation>
    </message>
    <message>
        <source>Save the comparison table, with the test of each row, as CSV or HTML</source>
        <translation>Enregistrer le tableau de comparaison, avec le test de chaque ligne, en CSV ou HTML</translation>
    </message>
    <message>
        <source>&amp;Patient Table…</source>
        <translation>Tableau des &amp;patients…</translation>
    </message>
    <message>
        <source>Save the patients the filter selects as CSV or HTML</source>
        <translation>Enregistrer les patients retenus par le filtre en CSV ou HTML</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <source>Save a one-file PDF report: data source, filter, charts, comparison table and methods</source>
        <translation>Enregistrer un rapport PDF en un seul fichier&#xa0;: source des données, filtre, graphiques, tableau de comparaison et méthodes</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Print the report: data source, filter, charts, comparison table and methods</source>
        <translation>Imprimer le rapport&#xa0;: source des données, filtre, graphiques, tableau de comparaison et méthodes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows of the table in front (or all of it) as tab-separated text</source>
        <translation>Copier les lignes sélectionnées du tableau au premier plan (ou tout le tableau) en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Copy Co&amp;mparison Table</source>
        <translation>Copier le tableau de co&amp;mparaison</translation>
    </message>
    <message>
        <source>Copy the whole comparison table as tab-separated text</source>
        <translation>Copier tout le tableau de comparaison en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Copy &amp;Patient Table</source>
        <translation>Copier le tableau des &amp;patients</translation>
    </message>
    <message>
        <source>Copy the patients the filter selects as tab-separated text</source>
        <translation>Copier les patients retenus par le filtre en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copier le graphique en image</translation>
    </message>
    <message>
        <source>Cannot write %1: give it the extension .csv or .html</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: donnez-lui l&apos;extension .csv ou .html</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>Co&amp;mparaison</translation>
    </message>
    <message>
        <source>Demo registry</source>
        <translation>Registre de démonstration</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Censored and &amp;Events Rows (KMunicate)</source>
        <translation>Lignes des censures et des &amp;événements (KMunicate)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Statistical Methods</source>
        <translation>&amp;Méthodes statistiques</translation>
    </message>
    <message>
        <source>How each figure is computed, and the R call that gives the same</source>
        <translation>Comment chaque chiffre est calculé, et l&apos;appel R qui donne le même résultat</translation>
    </message>
    <message>
        <source>&amp;About CohortLens</source>
        <translation>À &amp;propos de CohortLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CohortLens %1&lt;/h3&gt;&lt;p&gt;A viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons, with statistics that agree with R survival.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CohortLens %1&lt;/h3&gt;&lt;p&gt;Un visualiseur de résultats cliniques&#xa0;: courbes de Kaplan-Meier, soulagement des symptômes et comparaisons par bras, avec des statistiques qui concordent avec R survival.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The demo registry is synthetic.&lt;/b&gt; It reproduces the published aggregates of a surgical series; no real patient is in it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le registre de démonstration est synthétique.&lt;/b&gt; Il reproduit les agrégats publiés d&apos;une série chirurgicale&#xa0;; aucun vrai patient n&apos;y figure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About CohortLens</source>
        <translation>À propos de CohortLens</translation>
    </message>
    <message>
        <source>%1 (synthetic data, not real patients)</source>
        <translation>%1 (données synthétiques, pas de vrais patients)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln patient(s)</source>
        <translation>
            <numerusform>%L1 sur %Ln patient</numerusform>
            <numerusform>%L1 sur %Ln patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: a de-identified table is written as CSV</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: un tableau anonymisé s&apos;écrit en CSV</translation>
    </message>
    <message>
        <source>Open Database &amp;Connection…</source>
        <translation>Ouvrir une &amp;connexion à une base de données…</translation>
    </message>
    <message>
        <source>Open a registry that several sites share, on a PostgreSQL server</source>
        <translation>Ouvrir un registre que plusieurs centres partagent, sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open Database Connection</source>
        <translation>Ouvrir une connexion à une base de données</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>%1 holds no registry yet; import a CSV into it first.</source>
        <translation>%1 ne contient encore aucun registre ; importez-y d&apos;abord un fichier CSV.</translation>
    </message>
    <message>
        <source>Address of a shared registry on PostgreSQL, such as postgresql://surgeon@registry.example.org:5432/net:</source>
        <translation>Adresse d&apos;un registre partagé sur PostgreSQL, par exemple postgresql://surgeon@registry.example.org:5432/net :</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 n&apos;est pas une adresse de base de données ; écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
</context>
<context>
    <name>CohortLens::MethodsDialog</name>
    <message>
        <source>The methods document is missing from this build.</source>
        <translation>Le document des méthodes manque dans cette version.</translation>
    </message>
    <message>
        <source>Statistical Methods</source>
        <translation>Méthodes statistiques</translation>
    </message>
</context>
<context>
    <name>CohortLens::OutputOptions</name>
    <message>
        <source>Replace --out when it exists.</source>
        <translation>Remplacer --out s&apos;il existe.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>give --out once</source>
        <translation>donnez --out une seule fois</translation>
    </message>
    <message>
        <source>--out %1: %2</source>
        <translation>--out %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--out %1 exists; give --force to replace it</source>
        <translation>--out %1 existe&#xa0;; donnez --force pour le remplacer</translation>
    </message>
    <message>
        <source>The language of the words and numbers written: en, de, fr or es (default: the system&apos;s).</source>
        <translation>La langue des mots et des nombres écrits&#xa0;: en, de, fr ou es (par défaut&#xa0;: celle du système).</translation>
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
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Localisation primitive</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Syndrome carcinoïde</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Occlusion</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Regional resection</source>
        <translation>Résection régionale</translation>
    </message>
    <message>
        <source>CS improved</source>
        <translation>SC amélioré</translation>
    </message>
    <message>
        <source>Obstruction relieved</source>
        <translation>Occlusion levée</translation>
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
        <translation>Décès ≤ 30 jours</translation>
    </message>
    <message>
        <source>Follow-up (months)</source>
        <translation>Suivi (mois)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Operation date</source>
        <translation>Date d&apos;opération</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Dernier suivi</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>décédé</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>vivant</translation>
    </message>
    <message>
        <source>cytoreduction</source>
        <translation>cytoréduction</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>médical</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CohortLens::RecordValidator</name>
    <message>
        <source>a value is required here; fill it in</source>
        <translation>une valeur est requise ici&#xa0;; renseignez-la</translation>
    </message>
    <message>
        <source>not a yes/no value; write yes or no (1/0, y/n and true/false also work)</source>
        <translation>ce n&apos;est pas une valeur oui/non&#xa0;; écrivez yes ou no (1/0, y/n et true/false sont aussi acceptés)</translation>
    </message>
    <message>
        <source>not a number; write digits with a point as the decimal separator, e.g. 47.5</source>
        <translation>ce n&apos;est pas un nombre&#xa0;; écrivez des chiffres avec un point comme séparateur décimal, p. ex. 47.5</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit être au moins égal à %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>not a date; write it as YYYY-MM-DD, e.g. 2004-03-17</source>
        <translation>ce n&apos;est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2004-03-17</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; check for a missing or extra separator, or a quote that is not closed</source>
        <translation>la ligne compte %1 champs mais l&apos;en-tête en compte %2&#xa0;; cherchez un séparateur manquant ou en trop, ou un guillemet non fermé</translation>
    </message>
    <message>
        <source>unknown sex; write M or F (male/female also work)</source>
        <translation>sexe inconnu&#xa0;; écrivez M ou F (male/female sont aussi acceptés)</translation>
    </message>
    <message>
        <source>unknown arm; write cytoreduction or medical</source>
        <translation>bras inconnu&#xa0;; écrivez cytoreduction ou medical</translation>
    </message>
    <message>
        <source>follow-up is required; fill in followup_months, or both operation_date and last_followup_date</source>
        <translation>le suivi est obligatoire&#xa0;; renseignez followup_months, ou à la fois operation_date et last_followup_date</translation>
    </message>
    <message>
        <source>the last follow-up is before the operation date</source>
        <translation>le dernier suivi est antérieur à la date d&apos;opération</translation>
    </message>
    <message>
        <source>status must be 1 (dead) or 0 (alive at last follow-up)</source>
        <translation>status doit valoir 1 (décédé) ou 0 (vivant au dernier suivi)</translation>
    </message>
    <message>
        <source>given for a patient without carcinoid syndrome; leave it empty or correct carcinoid_syndrome</source>
        <translation>renseigné pour un patient sans syndrome carcinoïde&#xa0;; laissez-le vide ou corrigez carcinoid_syndrome</translation>
    </message>
    <message>
        <source>given for a patient without obstruction; leave it empty or correct obstruction</source>
        <translation>renseigné pour un patient sans occlusion&#xa0;; laissez-le vide ou corrigez obstruction</translation>
    </message>
    <message>
        <source>a complication grade above 0 but complication is no; correct one of them</source>
        <translation>grade de complication supérieur à 0 mais complication vaut no&#xa0;; corrigez l&apos;une des deux valeurs</translation>
    </message>
    <message>
        <source>grade 0 means no complication, but complication is yes; give the worst grade (1 to 5)</source>
        <translation>le grade 0 signifie aucune complication, mais complication vaut yes&#xa0;; indiquez le grade le plus sévère (1 à 5)</translation>
    </message>
    <message>
        <source>died within 30 days of the operation, but status is 0 (alive at last follow-up); correct one of them</source>
        <translation>décédé dans les 30 jours suivant l&apos;opération, mais status vaut 0 (vivant au dernier suivi)&#xa0;; corrigez l&apos;un des deux</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryImporter</name>
    <message>
        <source>the column name appears twice in the header; rename one of them</source>
        <translation>le nom de colonne apparaît deux fois dans l&apos;en-tête&#xa0;; renommez l&apos;une des colonnes</translation>
    </message>
    <message>
        <source>the file could not be read to the end</source>
        <translation>le fichier n&apos;a pas pu être lu jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)</source>
        <translation>la ligne %1 du fichier n&apos;est pas du texte UTF-8&#xa0;; enregistrez le fichier en UTF-8 (dans un tableur&#xa0;: CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)</source>
        <translation>le fichier est du texte UTF-16&#xa0;; enregistrez-le en UTF-8 (dans un tableur&#xa0;: CSV UTF-8)</translation>
    </message>
    <message>
        <source>this is not a CSV text file: it holds binary data (NUL bytes); export the registry as CSV</source>
        <translation>ce n&apos;est pas un fichier texte CSV&#xa0;: il contient des données binaires (octets NUL)&#xa0;; exportez le registre au format CSV</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte); this is not a CSV text file</source>
        <translation>la ligne %1 du fichier contient des données binaires (un octet NUL)&#xa0;; ce n&apos;est pas un fichier texte CSV</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed; add the closing quote</source>
        <translation>le champ entre guillemets qui commence à la ligne %1 du fichier n&apos;est jamais fermé&#xa0;; ajoutez le guillemet fermant</translation>
    </message>
    <message>
        <source>line %1 has text right after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>la ligne %1 du fichier contient du texte juste après un guillemet fermant&#xa0;; un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1 has a field longer than %2 MiB; is this a registry file?</source>
        <translation>la ligne %1 du fichier contient un champ de plus de %2 MiB&#xa0;; s&apos;agit-il bien d&apos;un fichier de registre&#xa0;?</translation>
    </message>
    <message>
        <source>line %1 has more than %2 columns; is this a registry file?</source>
        <translation>la ligne %1 du fichier comporte plus de %2 colonnes&#xa0;; s&apos;agit-il bien d&apos;un fichier de registre&#xa0;?</translation>
    </message>
    <message>
        <source>the file is empty; a registry file starts with a header row naming its columns</source>
        <translation>le fichier est vide&#xa0;; un fichier de registre commence par une ligne d&apos;en-tête qui nomme ses colonnes</translation>
    </message>
    <message>
        <source>row %1 could not be stored: %2</source>
        <translation>la ligne %1 n&apos;a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>duplicate patient_id: row %1 has the same one; each patient needs a unique identifier</source>
        <translation>patient_id en double&#xa0;: la ligne %1 a le même&#xa0;; chaque patient doit avoir un identifiant unique</translation>
    </message>
    <message>
        <source>duplicate patient_id: the registry already holds this patient; import only new patients with --append, or use --replace</source>
        <translation>patient_id en double&#xa0;: le registre contient déjà ce patient&#xa0;; n&apos;importez que de nouveaux patients avec --append, ou utilisez --replace</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>l&apos;importation a été annulée&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>le fichier a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>aucun fichier d&apos;entrée indiqué</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder; give a CSV file or a registry database</source>
        <translation>%1 est un dossier&#xa0;; indiquez un fichier CSV ou une base de données de registre</translation>
    </message>
    <message>
        <source>%1 holds no registry yet</source>
        <translation>%1 ne contient encore aucun registre</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give a CSV file</source>
        <translation>%1 est un dossier&#xa0;; indiquez un fichier CSV</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>aucun fichier de base de données indiqué</translation>
    </message>
    <message>
        <source>the database and the input are the same file</source>
        <translation>la base de données et l&apos;entrée sont le même fichier</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, not a CSV file</source>
        <translation>%1 est une base de données SQLite, pas un fichier CSV</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a registry of %n patient(s); add --append to add patients to it, or --replace to replace them</source>
        <translation>
            <numerusform>%1 contient déjà un registre de %n patient&#xa0;; ajoutez --append pour y ajouter des patients, ou --replace pour les remplacer</numerusform>
            <numerusform>%1 contient déjà un registre de %n patients&#xa0;; ajoutez --append pour y ajouter des patients, ou --replace pour les remplacer</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB; is this a registry file?</source>
        <translation>la ligne %1 dépasse %2 Mio&#xa0;; s&apos;agit-il bien d&apos;un fichier de registre&#xa0;?</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; import it again once it is saved and closed</source>
        <translation>%1 a été modifié pendant sa lecture&#xa0;; importez-le de nouveau une fois enregistré et fermé</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryStore</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; give a registry made by cohortlens import</source>
        <translation>%1 n&apos;est pas une base de données SQLite&#xa0;; indiquez un registre créé par cohortlens import</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>impossible de lire %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>impossible de créer %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 is not writable</source>
        <translation>impossible de créer %1&#xa0;: le dossier %2 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 is read-only; it can be opened for viewing but not changed</source>
        <translation>%1 est en lecture seule&#xa0;; il peut être ouvert pour consultation mais pas modifié</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CohortLens registry</source>
        <translation>%1 est une base de données SQLite mais pas un registre CohortLens</translation>
    </message>
    <message>
        <source>%1 was written by a newer CohortLens (registry schema %2; this version reads up to %3); update CohortLens to open it</source>
        <translation>%1 a été écrit par une version plus récente de CohortLens (schéma de registre %2&#xa0;; cette version lit jusqu&apos;au %3)&#xa0;; mettez CohortLens à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection</source>
        <translation>le pilote SQLite n&apos;expose pas sa connexion</translation>
    </message>
    <message>
        <source>cannot prepare the database connection: %1</source>
        <translation>impossible de préparer la connexion à la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>the registry holds a CSV of another format, not native-schema patients</source>
        <translation>le registre contient un CSV d&apos;un autre format, pas des patients au schéma natif</translation>
    </message>
    <message>
        <source>the registry holds native-schema patients</source>
        <translation>le registre contient des patients au schéma natif</translation>
    </message>
    <message>
        <source>cannot update the registry schema to version %1: %2</source>
        <translation>impossible de mettre à jour le schéma du registre vers la version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--presentation needs the carcinoid_syndrome and obstruction columns of a native registry; this file is not one (use --where on its own columns)</source>
        <translation>--presentation nécessite les colonnes carcinoid_syndrome et obstruction d&apos;un registre natif&#xa0;; ce fichier n&apos;en est pas un (utilisez --where sur ses propres colonnes)</translation>
    </message>
    <message>
        <source>filtering by %1 needs the columns of a native registry; this file is not one (use --where on its own columns)</source>
        <translation>le filtrage par %1 nécessite les colonnes d&apos;un registre natif&#xa0;; ce fichier n&apos;en est pas un (utilisez --where sur ses propres colonnes)</translation>
    </message>
    <message>
        <source>--where %1: no column %2; the columns are %3</source>
        <translation>--where %1&#xa0;: pas de colonne %2&#xa0;; les colonnes sont %3</translation>
    </message>
    <message>
        <source>no column %1; the columns are %2</source>
        <translation>pas de colonne %1&#xa0;; les colonnes sont %2</translation>
    </message>
    <message>
        <source>the registry is not in the native format</source>
        <translation>le registre n&apos;est pas au format natif</translation>
    </message>
    <message>
        <source>%1 holds an unfinished import of a program that was stopped; to restore it as it was before, open it once with write access to the file and its folder</source>
        <translation>%1 contient une importation inachevée d&apos;un programme interrompu&#xa0;; pour le rétablir tel qu&apos;il était, ouvrez-le une fois avec un accès en écriture au fichier et à son dossier</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the registry it holds (cut off, e.g. by an interrupted copy); restore it from a backup</source>
        <translation>%1 est endommagé&#xa0;: le fichier est plus court que le registre qu&apos;il contient (tronqué, p. ex. par une copie interrompue)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 est endommagé (%2)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>le disque est plein&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit (%1)</translation>
    </message>
    <message>
        <source>another program is changing the registry; try again when it has finished</source>
        <translation>un autre programme modifie le registre&#xa0;; réessayez lorsqu&apos;il aura terminé</translation>
    </message>
    <message>
        <source>the registry file is damaged (%1); restore it from a backup</source>
        <translation>le fichier du registre est endommagé (%1)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database</source>
        <translation>%1 n&apos;est pas une adresse de base de données ; écrivez-la sous la forme postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>impossible d&apos;ouvrir %1 : le pilote PostgreSQL de Qt n&apos;est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds a patients table but is not a CohortLens registry</source>
        <translation>%1 contient une table patients mais n&apos;est pas un registre CohortLens</translation>
    </message>
    <message>
        <source>%1 is not a CohortLens registry</source>
        <translation>%1 n&apos;est pas un registre CohortLens</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; ask its administrator to free some space, then try again</source>
        <translation>le disque du serveur de base de données est plein ; demandez à son administrateur de libérer de l&apos;espace, puis réessayez</translation>
    </message>
    <message>
        <source>a shared registry holds native-schema patients only</source>
        <translation>un registre partagé ne contient que des patients au schéma natif</translation>
    </message>
    <message>
        <source>cannot create the registry schema: %1</source>
        <translation>impossible de créer le schéma du registre : %1</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryWriter</name>
    <message>
        <source>cannot start the import: %1</source>
        <translation>impossible de démarrer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>no import is in progress</source>
        <translation>aucune importation n&apos;est en cours</translation>
    </message>
    <message>
        <source>cannot save the import: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection</source>
        <translation>le pilote SQLite n&apos;expose pas sa connexion</translation>
    </message>
</context>
<context>
    <name>CohortLens::ReportCommand</name>
    <message>
        <source>no patient is left to report on (check the filter)</source>
        <translation>il ne reste aucun patient pour le rapport (vérifiez le filtre)</translation>
    </message>
    <message>
        <source>Wrote %1 (PDF, %2, pages: %3; n = %4)</source>
        <translation>%1 écrit (PDF, %2, pages&#xa0;: %3&#xa0;; n = %4)</translation>
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
        <translation>Écrit le rapport PDF du visualiseur en un seul fichier&#xa0;: source des données (fichier, SHA-256, lignes), le filtre en mots, n par bras, la figure de Kaplan-Meier avec son tableau des sujets à risque, la figure du soulagement des symptômes, le tableau de comparaison avec le test de chaque ligne, et les méthodes.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default from the locale: letter in the United States and Canada, else a4).</source>
        <translation>Papier&#xa0;: a4 ou letter (par défaut selon les paramètres régionaux&#xa0;: letter aux États-Unis et au Canada, sinon a4).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>--out %1: the report is a PDF; give the file the extension .pdf</source>
        <translation>--out %1&#xa0;: le rapport est un PDF&#xa0;; donnez au fichier l&apos;extension .pdf</translation>
    </message>
    <message>
        <source>--paper %1: use a4 or letter</source>
        <translation>--paper %1&#xa0;: utilisez a4 ou letter</translation>
    </message>
</context>
<context>
    <name>CohortLens::ReportWriter</name>
    <message>
        <source>Clinical outcomes report</source>
        <translation>Rapport des résultats cliniques</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>le rapport n&apos;a pas pu être dessiné</translation>
    </message>
    <message>
        <source>Created %1 with CohortLens %2</source>
        <translation>Créé le %1 avec CohortLens %2</translation>
    </message>
    <message>
        <source>Synthetic demo data — not real patients.</source>
        <translation>Données de démonstration synthétiques — pas de vrais patients.</translation>
    </message>
    <message>
        <source>The bundled demo registry reproduces the published aggregates of a surgical series (Surgery 2008;144:645-51); no real patient is in it.</source>
        <translation>Le registre de démonstration fourni reproduit les agrégats publiés d&apos;une série chirurgicale (Surgery 2008;144:645-51)&#xa0;; il ne contient aucun vrai patient.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 de %1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Lignes de %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 rejected</source>
        <translation>%1 lues, %2 importées, %3 rejetées</translation>
    </message>
    <message>
        <source>Patients in the registry</source>
        <translation>Patients du registre</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
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
        <translation>Patients analysés</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <source>%1 (without a valid time, event or group)</source>
        <translation>%1 (sans temps, événement ou groupe valide)</translation>
    </message>
    <message>
        <source>Figure %1.</source>
        <translation>Figure %1.</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Survie</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate of survival by %1</source>
        <translation>Estimation de Kaplan-Meier de la survie selon %1</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate of survival</source>
        <translation>Estimation de Kaplan-Meier de la survie</translation>
    </message>
    <message>
        <source>shaded: pointwise %1 confidence intervals (%2)</source>
        <translation>zones ombrées&#xa0;: intervalles de confiance ponctuels à %1 (%2)</translation>
    </message>
    <message>
        <source>ticks: censored patients</source>
        <translation>traits&#xa0;: patients censurés</translation>
    </message>
    <message>
        <source>dashed lines: median survival</source>
        <translation>lignes pointillées&#xa0;: survie médiane</translation>
    </message>
    <message>
        <source>curves end where the number at risk falls below %1</source>
        <translation>les courbes s&apos;arrêtent quand le nombre de sujets à risque passe sous %1</translation>
    </message>
    <message>
        <source>under the time axis, per group, the patients at risk and the cumulative numbers censored and with an event at each time</source>
        <translation>sous l&apos;axe du temps, par groupe, les patients à risque et les nombres cumulés de censurés et d&apos;événements à chaque temps</translation>
    </message>
    <message>
        <source>under the time axis, the number at risk at each time</source>
        <translation>sous l&apos;axe du temps, le nombre de sujets à risque à chaque temps</translation>
    </message>
    <message>
        <source>Log-rank test p %1.</source>
        <translation>Test du log-rank p %1.</translation>
    </message>
    <message>
        <source>Log-rank test p = %1.</source>
        <translation>Test du log-rank p = %1.</translation>
    </message>
    <message>
        <source>Symptom relief</source>
        <translation>Soulagement des symptômes</translation>
    </message>
    <message>
        <source>Patients whose carcinoid syndrome improved and whose obstruction was relieved after treatment, in percent of those who had the symptom, with n/N above each bar, Wilson 95% confidence intervals as whiskers and the test of each comparison under its bars.</source>
        <translation>Patients dont le syndrome carcinoïde s&apos;est amélioré et dont l&apos;occlusion a été levée après traitement, en pourcentage de ceux qui présentaient le symptôme, avec n/N au-dessus de chaque barre, les intervalles de confiance à 95 % de Wilson en barres d&apos;erreur et le test de chaque comparaison sous ses barres.</translation>
    </message>
    <message>
        <source>Survival was estimated by the Kaplan-Meier method with Greenwood standard errors and %1 %2 confidence intervals (R survival::survfit); median follow-up by the reverse Kaplan-Meier method.</source>
        <translation>La survie a été estimée par la méthode de Kaplan-Meier avec les erreurs types de Greenwood et des intervalles de confiance à %1 (%2) (R survival::survfit)&#xa0;; le suivi médian par la méthode de Kaplan-Meier inversée.</translation>
    </message>
    <message>
        <source>Survival curves were compared with the log-rank test (survival::survdiff).</source>
        <translation>Les courbes de survie ont été comparées par le test du log-rank (survival::survdiff).</translation>
    </message>
    <message>
        <source>Hazard ratios with Wald %1 confidence intervals come from a Cox proportional hazards model with %2 ties (survival::coxph).</source>
        <translation>Les rapports de risques instantanés, avec des intervalles de confiance de Wald à %1, proviennent d&apos;un modèle de Cox à risques proportionnels avec la méthode d&apos;%2 pour les ex aequo (survival::coxph).</translation>
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
        <translation>le test du χ² de Pearson sans correction de continuité (chisq.test)</translation>
    </message>
    <message>
        <source>the χ² test with Yates&apos; continuity correction (chisq.test)</source>
        <translation>le test du χ² avec la correction de continuité de Yates (chisq.test)</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test (fisher.test)</source>
        <translation>le test exact de Fisher (fisher.test)</translation>
    </message>
    <message>
        <source>the Wilcoxon rank-sum test (wilcox.test)</source>
        <translation>le test de la somme des rangs de Wilcoxon (wilcox.test)</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test (t.test)</source>
        <translation>le test t de Welch (t.test)</translation>
    </message>
    <message>
        <source>Proportions are given with Wilson score %1 confidence intervals (prop.test).</source>
        <translation>Les proportions sont données avec des intervalles de confiance à %1 de Wilson (prop.test).</translation>
    </message>
    <message>
        <source>Groups were compared with %1; Table 1 names the test of each row (by default Pearson&apos;s χ² when every expected count is at least 5, else Fisher&apos;s exact test, and the Wilcoxon test for continuous variables).</source>
        <translation>Les groupes ont été comparés par %1&#xa0;; le tableau 1 indique le test de chaque ligne (par défaut le χ² de Pearson lorsque chaque effectif attendu est au moins 5, sinon le test exact de Fisher, et le test de Wilcoxon pour les variables continues).</translation>
    </message>
    <message>
        <source>All tests are two-sided. CohortLens reproduces R survival 3.x and R stats to a relative difference of 1e-6; its methods are documented in docs/methods.md.</source>
        <translation>Tous les tests sont bilatéraux. CohortLens reproduit R survival 3.x et R stats à une différence relative de 1e-6 près&#xa0;; ses méthodes sont décrites dans docs/methods.md.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparaison des groupes</translation>
    </message>
    <message>
        <source>Table 1.</source>
        <translation>Tableau 1.</translation>
    </message>
    <message>
        <source>Patients, outcomes and survival by %1; %2.</source>
        <translation>Patients, résultats et survie selon %1&#xa0;; %2.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Table 1 (continued)</source>
        <translation>Tableau 1 (suite)</translation>
    </message>
    <message>
        <source>Synthetic demo data — not real patients</source>
        <translation>Données de démonstration synthétiques — pas de vrais patients</translation>
    </message>
    <message>
        <source>CohortLens %1</source>
        <translation>CohortLens %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalAnalysis</name>
    <message>
        <source>this file is not in the native registry format, so name the columns to analyse: --time COLUMN --event COLUMN [--event-value VALUE] [--group COLUMN]; the columns are %1</source>
        <translation>ce fichier n&apos;est pas au format de registre natif&#xa0;; indiquez donc les colonnes à analyser&#xa0;: --time COLONNE --event COLONNE [--event-value VALEUR] [--group COLONNE]&#xa0;; les colonnes sont %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 est négatif</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither an event (%3) nor a censoring (%4); name the event with --event-value</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est ni un événement (%3) ni une censure (%4)&#xa0;; indiquez l&apos;événement avec --event-value</translation>
    </message>
    <message>
        <source>--reference %1: %2 has no such level; its levels are %3</source>
        <translation>--reference %1&#xa0;: %2 n&apos;a pas ce niveau&#xa0;; ses niveaux sont %3</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalCommand</name>
    <message>
        <source>Kaplan-Meier survival per group with Greenwood confidence intervals, median and quantiles, survival at chosen times, restricted mean, median follow-up; log-rank, Peto-Peto and Gehan-Breslow-Wilcoxon tests; Cox proportional hazards. Results agree with R survival.</source>
        <translation>Survie de Kaplan-Meier par groupe avec intervalles de confiance de Greenwood, médiane et quantiles, survie à des temps choisis, moyenne restreinte, suivi médian&#xa0;; tests du log-rank, de Peto-Peto et de Gehan-Breslow-Wilcoxon&#xa0;; modèle de Cox à risques proportionnels. Les résultats concordent avec R survival.</translation>
    </message>
    <message>
        <source>The follow-up time column (default followup_months).</source>
        <translation>La colonne de la durée de suivi (par défaut followup_months).</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>COL</translation>
    </message>
    <message>
        <source>The event column (default status).</source>
        <translation>La colonne de l&apos;événement (par défaut status).</translation>
    </message>
    <message>
        <source>A value meaning the event happened (repeatable; default 1, yes, true, dead).</source>
        <translation>Une valeur signifiant que l&apos;événement est survenu (répétable&#xa0;; par défaut 1, yes, true, dead).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The group column (default arm), or none.</source>
        <translation>La colonne des groupes (par défaut arm), ou none.</translation>
    </message>
    <message>
        <source>Confidence intervals: log-log, log or plain.</source>
        <translation>Intervalles de confiance&#xa0;: log-log, log ou plain.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Confidence level.</source>
        <translation>Niveau de confiance.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Times for S(t) and the number at risk (default 12,36,60 for the native schema).</source>
        <translation>Temps pour S(t) et le nombre de sujets à risque (par défaut 12,36,60 pour le schéma natif).</translation>
    </message>
    <message>
        <source>T,...</source>
        <translation>T,...</translation>
    </message>
    <message>
        <source>Horizon of the restricted mean (default the largest --at).</source>
        <translation>Horizon de la moyenne restreinte (par défaut le plus grand --at).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Quantiles of survival time to report, e.g. 0.25,0.5,0.75.</source>
        <translation>Quantiles de la durée de survie à rapporter, p. ex. 0.25,0.5,0.75.</translation>
    </message>
    <message>
        <source>P,...</source>
        <translation>P,...</translation>
    </message>
    <message>
        <source>The reference level of the hazard ratios.</source>
        <translation>Le niveau de référence des rapports de risques instantanés.</translation>
    </message>
    <message>
        <source>Cox ties: efron or breslow.</source>
        <translation>Ex aequo dans le modèle de Cox&#xa0;: efron ou breslow.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Adjust the Cox model for these columns.</source>
        <translation>Ajuster le modèle de Cox sur ces colonnes.</translation>
    </message>
    <message>
        <source>COL,...</source>
        <translation>COL,...</translation>
    </message>
    <message>
        <source>Add the log-rank test for trend over the groups in their order.</source>
        <translation>Ajouter le test du log-rank de tendance sur les groupes dans leur ordre.</translation>
    </message>
    <message>
        <source>--conf-type %1: use log-log, log or plain</source>
        <translation>--conf-type %1&#xa0;: utilisez log-log, log ou plain</translation>
    </message>
    <message>
        <source>--conf-level %1: give a number between 0 and 1, e.g. 0.95</source>
        <translation>--conf-level %1&#xa0;: indiquez un nombre entre 0 et 1, p. ex. 0.95</translation>
    </message>
    <message>
        <source>--at %1: give times &gt;= 0 separated by commas, e.g. 12,36,60</source>
        <translation>--at %1&#xa0;: indiquez des temps &gt;= 0 séparés par des virgules, p. ex. 12,36,60</translation>
    </message>
    <message>
        <source>--tau %1: give a time &gt; 0</source>
        <translation>--tau %1&#xa0;: indiquez un temps &gt; 0</translation>
    </message>
    <message>
        <source>--quantiles %1: give probabilities between 0 and 1, e.g. 0.25,0.5,0.75</source>
        <translation>--quantiles %1&#xa0;: indiquez des probabilités entre 0 et 1, p. ex. 0.25,0.5,0.75</translation>
    </message>
    <message>
        <source>--ties %1: use efron or breslow</source>
        <translation>--ties %1&#xa0;: utilisez efron ou breslow</translation>
    </message>
    <message>
        <source>no patient is left to analyse (check the filter and the excluded rows)</source>
        <translation>il ne reste aucun patient à analyser (vérifiez le filtre et les lignes exclues)</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalFormatter</name>
    <message>
        <source>Survival: %1, event %2</source>
        <translation>Survie&#xa0;: %1, événement %2</translation>
    </message>
    <message>
        <source>, everyone as one group</source>
        <translation>, tous en un seul groupe</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) analysed</source>
        <translation>
            <numerusform>%n patient analysé</numerusform>
            <numerusform>%n patients analysés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) excluded</source>
        <translation>
            <numerusform>&#xa0;; %n ligne exclue</numerusform>
            <numerusform>&#xa0;; %n lignes exclues</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 %2 confidence intervals</source>
        <translation>&#xa0;; intervalles de confiance à %1 (%2)</translation>
    </message>
    <message>
        <source>  row %1 excluded: %2</source>
        <translation>  ligne %1 exclue&#xa0;: %2</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NA</translation>
    </message>
    <message>
        <source>median survival: %1 (%2)</source>
        <translation>survie médiane&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>%1 quantile: %2 (%3)</source>
        <translation>quantile %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>S(%1): not estimable (no patient followed that long)</source>
        <translation>S(%1)&#xa0;: non estimable (aucun patient suivi aussi longtemps)</translation>
    </message>
    <message>
        <source>S(%1) = %2 (%3), %4 at risk</source>
        <translation>S(%1) = %2 (%3), %4 à risque</translation>
    </message>
    <message>
        <source>restricted mean survival to %1: %2 (SE %3)</source>
        <translation>survie moyenne restreinte à %1&#xa0;: %2 (ES %3)</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>ND</translation>
    </message>
    <message>
        <source>median follow-up (reverse Kaplan-Meier): %1 (%2)</source>
        <translation>suivi médian (Kaplan-Meier inversé)&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: chi-square %2 on %n df, p = %3</source>
        <translation>
            <numerusform>%1&#xa0;: khi-deux %2 à %n ddl, p = %3</numerusform>
            <numerusform>%1&#xa0;: khi-deux %2 à %n ddl, p = %3</numerusform>
        </translation>
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
        <translation>Test du log-rank de tendance</translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation>, référence %1</translation>
    </message>
    <message>
        <source>the model did not converge; its estimates are not reliable</source>
        <translation>le modèle n&apos;a pas convergé&#xa0;; ses estimations ne sont pas fiables</translation>
    </message>
    <message>
        <source>%1: hazard ratio not estimable (monotone likelihood: the coefficient tends to infinity, e.g. a group without events)</source>
        <translation>%1&#xa0;: rapport de risques instantanés non estimable (vraisemblance monotone&#xa0;: le coefficient tend vers l&apos;infini, p. ex. un groupe sans événement)</translation>
    </message>
    <message>
        <source>%1: hazard ratio %2 (%3), p = %4</source>
        <translation>%1&#xa0;: rapport de risques instantanés %2 (%3), p = %4</translation>
    </message>
    <message>
        <source>likelihood ratio p = %1, Wald p = %2, score p = %3</source>
        <translation>test du rapport de vraisemblance p = %1, test de Wald p = %2, test du score p = %3</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Cox proportional hazards (%1 ties), %2, %3</source>
        <translation>Modèle de Cox à risques proportionnels (ex aequo&#xa0;: %1), %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n patient(s) left out for a missing covariate</source>
        <translation>
            <numerusform>&#xa0;; %n patient exclu pour covariable manquante</numerusform>
            <numerusform>&#xa0;; %n patients exclus pour covariable manquante</numerusform>
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
        <translation>Patients (%)</translation>
    </message>
    <message>
        <source>Symptom relief after treatment</source>
        <translation>Soulagement des symptômes après traitement</translation>
    </message>
    <message>
        <source>Carcinoid syndrome improved</source>
        <translation>Syndrome carcinoïde amélioré</translation>
    </message>
    <message>
        <source>no test: all improved</source>
        <translation>pas de test&#xa0;: tous améliorés</translation>
    </message>
    <message>
        <source>no test: none improved</source>
        <translation>pas de test&#xa0;: aucun amélioré</translation>
    </message>
    <message>
        <source>Obstruction relieved</source>
        <translation>Occlusion levée</translation>
    </message>
    <message>
        <source>no test: all relieved</source>
        <translation>pas de test&#xa0;: levée chez tous</translation>
    </message>
    <message>
        <source>no test: none relieved</source>
        <translation>pas de test&#xa0;: levée chez aucun</translation>
    </message>
    <message>
        <source>no test: no patients</source>
        <translation>pas de test&#xa0;: aucun patient</translation>
    </message>
    <message>
        <source>no test: a group has no patients</source>
        <translation>pas de test&#xa0;: un groupe sans patient</translation>
    </message>
    <message>
        <source>Percent of the patients who had the symptom, with n/N above each bar; whiskers: 95% confidence interval (Wilson).</source>
        <translation>Pourcentage des patients qui présentaient le symptôme, avec n/N au-dessus de chaque barre&#xa0;; barres d&apos;erreur&#xa0;: intervalle de confiance à 95&#xa0;% (Wilson).</translation>
    </message>
    <message>
        <source>no patients</source>
        <translation>aucun patient</translation>
    </message>
</context>
<context>
    <name>CohortLens::TableExporter</name>
    <message>
        <source>Counts are n/N (%) of the patients with a value; continuous values mean (SD), median (interquartile range) and range; survival estimates with their confidence interval. NR: not reached. p-values are two-sided.</source>
        <translation>Les effectifs sont n/N (%) des patients ayant une valeur&#xa0;; valeurs continues&#xa0;: moyenne (ET), médiane (écart interquartile) et étendue&#xa0;; estimations de survie avec leur intervalle de confiance. NA&#xa0;: non atteinte. Les valeurs de p sont bilatérales.</translation>
    </message>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparaison des groupes</translation>
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
        <translation>✓ oui, — non&#xa0;; une cellule vide n&apos;a pas de valeur dans le registre.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ValidationProblem</name>
    <message>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>header, column %1</source>
        <translation>en-tête, colonne %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>%1, value &quot;%2&quot;</source>
        <translation>%1, valeur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::WhereCondition</name>
    <message>
        <source>&quot;%1&quot; has no comparison; write COLUMN OP VALUE with OP one of = != &lt; &lt;= &gt; &gt;=, e.g. &quot;age &gt;= 60&quot;</source>
        <translation>&quot;%1&quot; ne contient aucune comparaison&#xa0;; écrivez COLONNE OP VALEUR, OP étant l&apos;un de =&#xa0;!= &lt; &lt;= &gt; &gt;=, p. ex. &quot;age &gt;= 60&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;!&quot; must be followed by &quot;=&quot;</source>
        <translation>&quot;%1&quot;&#xa0;: &quot;!&quot; doit être suivi de &quot;=&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write one operator of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>&quot;%1&quot;&#xa0;: écrivez l&apos;un des opérateurs =&#xa0;!= &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column before the operator</source>
        <translation>&quot;%1&quot; n&apos;a pas de colonne avant l&apos;opérateur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value after the operator</source>
        <translation>&quot;%1&quot; n&apos;a pas de valeur après l&apos;opérateur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display was found (DISPLAY is not set), so the window cannot open. The registry&apos;s figures instead:</source>
        <translation>Aucun affichage graphique détecté (DISPLAY n&apos;est pas défini)&#xa0;: la fenêtre ne peut pas s&apos;ouvrir. Voici plutôt les chiffres du registre&#xa0;:</translation>
    </message>
    <message>
        <source>Synthetic demo registry (not real patients)</source>
        <translation>Registre de démonstration synthétique (pas de vrais patients)</translation>
    </message>
    <message>
        <source>CohortLens — a viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons.

Subcommands (run without a display): import, survival, compare, export, report. Run cohortlens SUBCOMMAND --help for their options.</source>
        <translation>CohortLens — un visualiseur de résultats cliniques&#xa0;: courbes de Kaplan-Meier, soulagement des symptômes et comparaisons par bras.

Sous-commandes (exécutées sans affichage graphique)&#xa0;: import, survival, compare, export, report. Lancez cohortlens SOUS-COMMANDE --help pour voir leurs options.</translation>
    </message>
    <message>
        <source>Open the synthetic demo registry.</source>
        <translation>Ouvrir le registre de démonstration synthétique.</translation>
    </message>
    <message>
        <source>A registry to open: CSV file or database.</source>
        <translation>Un registre à ouvrir&#xa0;: fichier CSV ou base de données.</translation>
    </message>
    <message>
        <source>The charts, the comparison table and the methods are in a PDF report:</source>
        <translation>Les graphiques, le tableau de comparaison et les méthodes figurent dans un rapport PDF&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the window and the report: en, de, fr or es (default: the system&apos;s, or the last one chosen).</source>
        <translation>La langue de la fenêtre et du rapport&#xa0;: en, de, fr ou es (par défaut&#xa0;: celle du système, ou la dernière choisie).</translation>
    </message>
</context>
</TS>
