<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CohortLens::ChartExporter</name>
    <message>
        <source>a resolution of %1 dpi is outside %2–%3 dpi</source>
        <translation>una resolución de %1 ppp está fuera de %2–%3 ppp</translation>
    </message>
    <message>
        <source>a size of %1 × %2 pixels is outside 1–%3 pixels per side</source>
        <translation>un tamaño de %1 × %2 píxeles está fuera de 1–%3 píxeles por lado</translation>
    </message>
    <message>
        <source>Made with %1</source>
        <translation>Creado con %1</translation>
    </message>
    <message>
        <source>Cannot write %1: give it the extension .png, .pdf or .svg</source>
        <translation>No se puede escribir %1: use la extensión .png, .pdf o .svg</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the figure could not be drawn at %1 × %2 pixels</source>
        <translation>no se pudo dibujar la figura a %1 × %2 píxeles</translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortFilter</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 o %3</translation>
    </message>
    <message>
        <source>Any presentation</source>
        <translation>Cualquier presentación</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Síndrome carcinoide</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia</source>
        <translation>Obstrucción o isquemia</translation>
    </message>
    <message>
        <source>Carcinoid syndrome and obstruction</source>
        <translation>Síndrome carcinoide y obstrucción</translation>
    </message>
    <message>
        <source>Carcinoid syndrome without obstruction</source>
        <translation>Síndrome carcinoide sin obstrucción</translation>
    </message>
    <message>
        <source>Obstruction without carcinoid syndrome</source>
        <translation>Obstrucción sin síndrome carcinoide</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>cytoreduction</source>
        <translation>citorreducción</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>tratamiento médico</translation>
    </message>
    <message numerus="yes">
        <source>%n arms</source>
        <translation>
            <numerusform>%n brazo</numerusform>
            <numerusform>%n brazos</numerusform>
        </translation>
    </message>
    <message>
        <source>sex %1</source>
        <translation>sexo %1</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hombres</translation>
    </message>
    <message>
        <source>women</source>
        <translation>mujeres</translation>
    </message>
    <message numerus="yes">
        <source>%n sexes</source>
        <translation>
            <numerusform>%n sexo</numerusform>
            <numerusform>%n sexos</numerusform>
        </translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>edad %1</translation>
    </message>
    <message>
        <source>age %1–%2</source>
        <translation>edad %1–%2</translation>
    </message>
    <message>
        <source>age ≥ %1</source>
        <translation>edad ≥ %1</translation>
    </message>
    <message>
        <source>age ≤ %1</source>
        <translation>edad ≤ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n primary sites</source>
        <translation>
            <numerusform>%n localización primaria</numerusform>
            <numerusform>%n localizaciones primarias</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-up %1 months</source>
        <translation>seguimiento %1 meses</translation>
    </message>
    <message>
        <source>follow-up %1–%2 months</source>
        <translation>seguimiento %1–%2 meses</translation>
    </message>
    <message>
        <source>follow-up ≥ %1 months</source>
        <translation>seguimiento ≥ %1 meses</translation>
    </message>
    <message>
        <source>follow-up ≤ %1 months</source>
        <translation>seguimiento ≤ %1 meses</translation>
    </message>
    <message numerus="yes">
        <source>%n conditions</source>
        <translation>
            <numerusform>%n condición</numerusform>
            <numerusform>%n condiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>selected by patient ID</source>
        <translation>seleccionados por ID de paciente</translation>
    </message>
    <message>
        <source>(an ID)</source>
        <translation>(un ID)</translation>
    </message>
</context>
<context>
    <name>CohortLens::CohortOptions</name>
    <message>
        <source>A registry: a CSV file, or a database made by cohortlens import.</source>
        <translation>Un registro: un archivo CSV o una base de datos creada con cohortlens import.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Keep the patients with COLUMN OP VALUE, OP one of = != &lt; &lt;= &gt; &gt;= (repeatable; all must hold).</source>
        <translation>Conserva los pacientes con COLUMNA OP VALOR, siendo OP uno de = != &lt; &lt;= &gt; &gt;= (repetible; deben cumplirse todas las condiciones).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Keep the patients presenting with: any, cs, obstruction, both, cs-only, obstruction-only.</source>
        <translation>Conserva los pacientes según su presentación: any, cs, obstruction, both, cs-only, obstruction-only.</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>OPCIÓN</translation>
    </message>
    <message>
        <source>Output: json, csv or text.</source>
        <translation>Salida: json, csv o text.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Run cohortlens %1 --help for the options.</source>
        <translation>Ejecute cohortlens %1 --help para ver las opciones.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>--input PATH is required</source>
        <translation>--input RUTA es obligatorio</translation>
    </message>
    <message>
        <source>give --input once</source>
        <translation>indique --input una sola vez</translation>
    </message>
    <message>
        <source>--format %1: use json, csv or text</source>
        <translation>--format %1: use json, csv o text</translation>
    </message>
    <message>
        <source>--presentation %1: use any, cs, obstruction, both, cs-only or obstruction-only</source>
        <translation>--presentation %1: use any, cs, obstruction, both, cs-only u obstruction-only</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; correct the file and run again</source>
        <translation>
            <numerusform>%n problema en %1; corrija el archivo y vuelva a ejecutar el comando</numerusform>
            <numerusform>%n problemas en %1; corrija el archivo y vuelva a ejecutar el comando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ColumnMapping</name>
    <message>
        <source>--map %1: expected FIELD=COLUMN, e.g. followup_months=months</source>
        <translation>--map %1: se esperaba CAMPO=COLUMNA, p. ej. followup_months=months</translation>
    </message>
    <message>
        <source>--map %1: %2 is not a registry field; the fields are %3</source>
        <translation>--map %1: %2 no es un campo del registro; los campos son %3</translation>
    </message>
    <message>
        <source>--map %1: %2 is mapped twice</source>
        <translation>--map %1: %2 está asignado dos veces</translation>
    </message>
    <message>
        <source>the column name appears twice in the header; rename one of them</source>
        <translation>el nombre de columna aparece dos veces en el encabezado; cambie el nombre de una de ellas</translation>
    </message>
    <message>
        <source>no such column in the file, but %1 is mapped to it; check the spelling of the mapping</source>
        <translation>esta columna no existe en el archivo, pero %1 está asignado a ella; compruebe la ortografía de la asignación</translation>
    </message>
    <message>
        <source>the column is mapped to two registry fields</source>
        <translation>la columna está asignada a dos campos del registro</translation>
    </message>
    <message>
        <source>required column is missing; add it, or give both operation_date and last_followup_date, or map it with --map followup_months=COLUMN</source>
        <translation>falta una columna obligatoria; añádala, indique operation_date y last_followup_date, o asígnela con --map followup_months=COLUMNA</translation>
    </message>
    <message>
        <source>required column is missing; add it or map it with --map %1=COLUMN</source>
        <translation>falta una columna obligatoria; añádala o asígnela con --map %1=COLUMNA</translation>
    </message>
    <message>
        <source>%1 is mapped to column %2, so this column would be ignored; rename or remove it</source>
        <translation>%1 está asignado a la columna %2, por lo que esta columna se ignoraría; cámbiele el nombre o elimínela</translation>
    </message>
</context>
<context>
    <name>CohortLens::ColumnMappingDialog</name>
    <message>
        <source>Choose the Columns to Analyse</source>
        <translation>Seleccionar las columnas para el análisis</translation>
    </message>
    <message>
        <source>%1 is not in the registry format CohortLens knows. Choose which of its columns hold the follow-up time, the event and the groups to compare.</source>
        <translation>%1 no está en el formato de registro que CohortLens conoce. Elija qué columnas contienen el tiempo de seguimiento, el evento y los grupos que se compararán.</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Columna de tiempo</translation>
    </message>
    <message>
        <source>Event column</source>
        <translation>Columna de evento</translation>
    </message>
    <message>
        <source>Values that mean the event happened</source>
        <translation>Valores que indican que el evento ocurrió</translation>
    </message>
    <message>
        <source>(everyone as one group)</source>
        <translation>(todos en un solo grupo)</translation>
    </message>
    <message>
        <source>Group column</source>
        <translation>Columna de grupo</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tiempo:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Event &amp;values:</source>
        <translation>&amp;Valores del evento:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>The time column should hold numbers (e.g. months of follow-up).</source>
        <translation>La columna de tiempo debe contener números (p. ej., meses de seguimiento).</translation>
    </message>
    <message>
        <source>Tick the value or values that mean the event happened.</source>
        <translation>Marque el valor o los valores que indican que el evento ocurrió.</translation>
    </message>
    <message>
        <source>Time and event must be different columns.</source>
        <translation>El tiempo y el evento deben ser columnas distintas.</translation>
    </message>
</context>
<context>
    <name>CohortLens::CompareCommand</name>
    <message>
        <source>The per-group comparison table: counts and percentages with Wilson intervals, Pearson chi-square, Yates and Fisher tests and odds ratios for yes/no and categorical rows; mean, SD, median, IQR and range with Wilcoxon and Welch tests for numeric rows. The default test per row follows gtsummary.</source>
        <translation>La tabla de comparación por grupos: recuentos y porcentajes con intervalos de Wilson, pruebas de chi cuadrado de Pearson, de Yates y de Fisher y odds ratios para las filas sí/no y categóricas; media, DE, mediana, RIC y rango con pruebas de Wilcoxon y de Welch para las filas numéricas. La prueba predeterminada de cada fila sigue el criterio de gtsummary.</translation>
    </message>
    <message>
        <source>The group column (default arm), or none.</source>
        <translation>La columna de grupo (por defecto arm) o none.</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>COL</translation>
    </message>
    <message>
        <source>Further rows: columns, each optionally with :binary, :categorical or :continuous.</source>
        <translation>Filas adicionales: columnas, cada una opcionalmente con :binary, :categorical o :continuous.</translation>
    </message>
    <message>
        <source>COL[:TYPE],...</source>
        <translation>COL[:TIPO],...</translation>
    </message>
    <message>
        <source>Confidence level of the percentages&apos; intervals.</source>
        <translation>Nivel de confianza de los intervalos de los porcentajes.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>Interval of the percentages: wilson or clopper-pearson.</source>
        <translation>Intervalo de los porcentajes: wilson o clopper-pearson.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>--variables %1: write COLUMN or COLUMN:binary, COLUMN:categorical, COLUMN:continuous</source>
        <translation>--variables %1: escriba COLUMNA o COLUMNA:binary, COLUMNA:categorical, COLUMNA:continuous</translation>
    </message>
    <message>
        <source>--conf-level %1: give a number between 0 and 1, e.g. 0.95</source>
        <translation>--conf-level %1: indique un número entre 0 y 1, p. ej. 0.95</translation>
    </message>
    <message>
        <source>--interval %1: use wilson or clopper-pearson</source>
        <translation>--interval %1: use wilson o clopper-pearson</translation>
    </message>
    <message>
        <source>no patient is left to compare (check the filter)</source>
        <translation>no queda ningún paciente que comparar (compruebe el filtro)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a value in %1 left out</source>
        <translation>
            <numerusform>%n fila sin valor en %1 omitida</numerusform>
            <numerusform>%n filas sin valor en %1 omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonAnalysis</name>
    <message>
        <source>Carcinoid syndrome at presentation</source>
        <translation>Síndrome carcinoide en la presentación</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia at presentation</source>
        <translation>Obstrucción o isquemia en la presentación</translation>
    </message>
    <message>
        <source>Carcinoid syndrome improved</source>
        <translation>Síndrome carcinoide mejorado</translation>
    </message>
    <message>
        <source>Obstructive symptoms relieved</source>
        <translation>Síntomas obstructivos aliviados</translation>
    </message>
    <message>
        <source>Postoperative morbidity (operated patients)</source>
        <translation>Morbilidad postoperatoria (pacientes operados)</translation>
    </message>
    <message>
        <source>Postoperative (30-day) mortality</source>
        <translation>Mortalidad postoperatoria (a 30 días)</translation>
    </message>
    <message>
        <source>Follow-up (months)</source>
        <translation>Seguimiento (meses)</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Edad (años)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Localización primaria</translation>
    </message>
    <message>
        <source>this file is not in the native registry format, so name the rows to compare: --variables COLUMN[:binary|:categorical|:continuous],...; the columns are %1</source>
        <translation>este archivo no está en el formato de registro nativo, así que indique las filas que comparar: --variables COLUMNA[:binary|:categorical|:continuous],...; las columnas son %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is not a yes/no column; compare it as :categorical</source>
        <translation>%1 no es una columna sí/no; compárela como :categorical</translation>
    </message>
    <message>
        <source>%1 is not a numeric column (&quot;%2&quot; in row %3); compare it as :categorical</source>
        <translation>%1 no es una columna numérica («%2» en la fila %3); compárela como :categorical</translation>
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
        <translation>χ² con corrección de Yates</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Prueba exacta de Fisher</translation>
    </message>
    <message>
        <source>Wilcoxon rank-sum test</source>
        <translation>Prueba de suma de rangos de Wilcoxon</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test</source>
        <translation>Prueba t de Welch</translation>
    </message>
    <message>
        <source>mean (SD)</source>
        <translation>media (DE)</translation>
    </message>
    <message>
        <source>median (IQR)</source>
        <translation>mediana (RIC)</translation>
    </message>
    <message>
        <source>range</source>
        <translation>rango</translation>
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
        <translation>Prueba</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a value in %1 left out</source>
        <translation>
            <numerusform>%n fila sin valor en %1 omitida</numerusform>
            <numerusform>%n filas sin valor en %1 omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonPanel</name>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparación de los grupos</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows (or the whole table) as tab-separated text, for a spreadsheet or a manuscript</source>
        <translation>Copia las filas seleccionadas (o toda la tabla) como texto separado por tabulaciones, para una hoja de cálculo o un manuscrito</translation>
    </message>
    <message>
        <source>Test for “%1”</source>
        <translation>Prueba para «%1»</translation>
    </message>
    <message>
        <source>%1   (p = %2)</source>
        <translation>%1   (p = %2)</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copiar filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copiar tabla</translation>
    </message>
    <message>
        <source>Copy &amp;whole table</source>
        <translation>Copiar &amp;toda la tabla</translation>
    </message>
    <message>
        <source>Counts: n/N (%). Continuous values: mean (SD), median (interquartile range) and range. Right-click a row to choose another test; %1 copies the selected rows.</source>
        <translation>Recuentos: n/N (%). Valores continuos: media (DE), mediana (rango intercuartílico) y rango. Haga clic con el botón derecho en una fila para elegir otra prueba; %1 copia las filas seleccionadas.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ComparisonTableModel</name>
    <message>
        <source>Compares proportions between groups; valid when every expected count is at least 5.</source>
        <translation>Compara proporciones entre grupos; válida cuando cada frecuencia esperada es al menos 5.</translation>
    </message>
    <message>
        <source>Pearson&apos;s χ² with a continuity correction for a 2×2 table; more cautious (larger p) when counts are small.</source>
        <translation>χ² de Pearson con corrección de continuidad para una tabla 2×2; más conservadora (p mayor) cuando los recuentos son pequeños.</translation>
    </message>
    <message>
        <source>Exact test of proportions between groups; valid for any counts, the choice when some expected count is below 5.</source>
        <translation>Prueba exacta de proporciones entre grupos; válida con cualquier recuento, la indicada cuando alguna frecuencia esperada es menor que 5.</translation>
    </message>
    <message>
        <source>Compares the distributions of two groups by ranks (Mann-Whitney); needs no normal distribution.</source>
        <translation>Compara las distribuciones de dos grupos mediante rangos (Mann-Whitney); no requiere una distribución normal.</translation>
    </message>
    <message>
        <source>Compares the means of two groups without assuming equal variances; assumes roughly normal values or large groups.</source>
        <translation>Compara las medias de dos grupos sin suponer varianzas iguales; supone valores aproximadamente normales o grupos grandes.</translation>
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
        <translation>Ningún paciente con un valor</translation>
    </message>
    <message>
        <source>Confidence interval: %1 to %2</source>
        <translation>Intervalo de confianza: %1 a %2</translation>
    </message>
    <message>
        <source>%1: number (percent of the group&apos;s patients with a value)</source>
        <translation>%1: número (porcentaje de los pacientes del grupo con un valor)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) with a value</source>
        <translation>
            <numerusform>%n paciente con un valor</numerusform>
            <numerusform>%n pacientes con un valor</numerusform>
        </translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NA</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <source>Time: %1; event: %2</source>
        <translation>Tiempo: %1; evento: %2</translation>
    </message>
    <message numerus="yes">
        <source>Log-rank test: χ² = %1 on %n degree(s) of freedom</source>
        <translation>
            <numerusform>Prueba de log-rank: χ² = %1 con %n grado de libertad</numerusform>
            <numerusform>Prueba de log-rank: χ² = %1 con %n grados de libertad</numerusform>
        </translation>
    </message>
    <message>
        <source>Log-rank test</source>
        <translation>Prueba de log-rank</translation>
    </message>
    <message>
        <source>Compares the survival curves over the whole follow-up; most powerful when the hazards are proportional.</source>
        <translation>Compara las curvas de supervivencia durante todo el seguimiento; es la más potente cuando los riesgos son proporcionales.</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Muertes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Patients with the event during follow-up</source>
        <translation>Pacientes con el evento durante el seguimiento</translation>
    </message>
    <message>
        <source>Median survival, months (%1 CI)</source>
        <translation>Mediana de supervivencia, meses (IC del %1)</translation>
    </message>
    <message>
        <source>Median survival (%1 CI)</source>
        <translation>Mediana de supervivencia (IC del %1)</translation>
    </message>
    <message>
        <source>NR: not reached (the curve or its confidence limit does not fall to 50%)</source>
        <translation>NA: no alcanzada (la curva o su límite de confianza no desciende al 50&#xa0;%)</translation>
    </message>
    <message>
        <source>Survival at 1 year (%1 CI)</source>
        <translation>Supervivencia a 1 año (IC del %1)</translation>
    </message>
    <message>
        <source>Survival at %1 years (%2 CI)</source>
        <translation>Supervivencia a %1 años (IC del %2)</translation>
    </message>
    <message>
        <source>Survival at %1 months (%2 CI)</source>
        <translation>Supervivencia a %1 meses (IC del %2)</translation>
    </message>
    <message>
        <source>Survival at time %1 (%2 CI)</source>
        <translation>Supervivencia en el tiempo %1 (IC del %2)</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>no estimable</translation>
    </message>
    <message>
        <source>No patient in this group was followed that long</source>
        <translation>Ningún paciente de este grupo tuvo un seguimiento tan largo</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) still at risk</source>
        <translation>
            <numerusform>%n paciente aún en riesgo</numerusform>
            <numerusform>%n pacientes aún en riesgo</numerusform>
        </translation>
    </message>
    <message>
        <source>Median follow-up, months (%1 CI)</source>
        <translation>Mediana de seguimiento, meses (IC del %1)</translation>
    </message>
    <message>
        <source>Median follow-up (%1 CI)</source>
        <translation>Mediana de seguimiento (IC del %1)</translation>
    </message>
    <message>
        <source>Hazard ratio (Cox, %1 CI)</source>
        <translation>Cociente de riesgos (Cox, IC del %1)</translation>
    </message>
    <message>
        <source>Hazard of the event in each group relative to %1; below 1 means a lower hazard</source>
        <translation>Riesgo instantáneo del evento en cada grupo respecto a %1; un valor menor que 1 indica un riesgo menor</translation>
    </message>
    <message>
        <source>Not estimable: the likelihood is monotone (for example a group without events), so the hazard ratio tends to 0 or infinity</source>
        <translation>No estimable: la verosimilitud es monótona (por ejemplo, un grupo sin eventos), por lo que el cociente de riesgos tiende a 0 o a infinito</translation>
    </message>
    <message>
        <source>1 (reference)</source>
        <translation>1 (referencia)</translation>
    </message>
    <message>
        <source>Wald p = %1</source>
        <translation>p de Wald = %1</translation>
    </message>
    <message>
        <source>Wald test of the hazard ratio</source>
        <translation>Prueba de Wald del cociente de riesgos</translation>
    </message>
    <message>
        <source>Wald test of all hazard ratios together</source>
        <translation>Prueba de Wald conjunta de todos los cocientes de riesgos</translation>
    </message>
    <message>
        <source>Cox regression (Wald)</source>
        <translation>Regresión de Cox (Wald)</translation>
    </message>
    <message>
        <source>Hazard ratio from a Cox proportional hazards model; the Wald test asks whether it differs from 1.</source>
        <translation>Cociente de riesgos de un modelo de riesgos proporcionales de Cox; la prueba de Wald contrasta si difiere de 1.</translation>
    </message>
    <message>
        <source>The model did not converge; its estimates are not reliable.</source>
        <translation>El modelo no convergió; sus estimaciones no son fiables.</translation>
    </message>
    <message>
        <source>no test</source>
        <translation>sin prueba</translation>
    </message>
    <message>
        <source>No test: there is only one group.</source>
        <translation>Sin prueba: solo hay un grupo.</translation>
    </message>
    <message>
        <source>No test: a group has too few values.</source>
        <translation>Sin prueba: un grupo tiene muy pocos valores.</translation>
    </message>
    <message>
        <source>No test: a margin of the table is empty (for example every patient has the same outcome, or a group has no patients).</source>
        <translation>Sin prueba: un margen de la tabla está vacío (por ejemplo, todos los pacientes tienen el mismo resultado o un grupo no tiene pacientes).</translation>
    </message>
    <message>
        <source>Right-click to choose another test.</source>
        <translation>Haga clic con el botón derecho para elegir otra prueba.</translation>
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
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Two-sided p-value of the test named in the Test column</source>
        <translation>Valor p bilateral de la prueba indicada en la columna «Prueba»</translation>
    </message>
    <message>
        <source>Right-click a row to choose another test</source>
        <translation>Haga clic con el botón derecho en una fila para elegir otra prueba</translation>
    </message>
    <message>
        <source>Counts: n/N (percent); continuous values: mean (SD), median (IQR) and range; survival with its confidence interval</source>
        <translation>Recuentos: n/N (porcentaje); valores continuos: media (DE), mediana (RIC) y rango; supervivencia con su intervalo de confianza</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 de %n paciente</numerusform>
            <numerusform>%1 de %n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Survival (Kaplan-Meier)</source>
        <translation>Supervivencia (Kaplan-Meier)</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate</source>
        <translation>Estimación de Kaplan-Meier</translation>
    </message>
    <message>
        <source>Reverse Kaplan-Meier method: the censored patients&apos; times count as events</source>
        <translation>Método de Kaplan-Meier inverso: los tiempos de los pacientes censurados cuentan como eventos</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportCommand</name>
    <message>
        <source>The chart: km (Kaplan-Meier) or relief (symptom relief).</source>
        <translation>El gráfico: km (Kaplan-Meier) o relief (alivio de los síntomas).</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>GRÁFICO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Width in pixels (default one journal column at --dpi).</source>
        <translation>Anchura en píxeles (predeterminada: una columna de revista a --dpi).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Height in pixels (default: in the proportions of the default size).</source>
        <translation>Altura en píxeles (predeterminada: en las proporciones del tamaño predeterminado).</translation>
    </message>
    <message>
        <source>Resolution in dots per inch: the PNG&apos;s metadata, the PDF&apos;s and SVG&apos;s physical size.</source>
        <translation>Resolución en puntos por pulgada: los metadatos del PNG, el tamaño físico del PDF y del SVG.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--chart %1: use km or relief</source>
        <translation>--chart %1: use km o relief</translation>
    </message>
    <message>
        <source>--out %1: give it the extension .png, .pdf or .svg</source>
        <translation>--out %1: use la extensión .png, .pdf o .svg</translation>
    </message>
    <message>
        <source>--dpi %1: give a whole number from %2 to %3</source>
        <translation>--dpi %1: indique un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>%1 %2: give a whole number of pixels from 1 to %3</source>
        <translation>%1 %2: indique un número entero de píxeles de 1 a %3</translation>
    </message>
    <message>
        <source>--chart relief needs a registry in the native format, with the columns cs_improved and obstruction_relieved</source>
        <translation>--chart relief necesita un registro en el formato nativo, con las columnas cs_improved y obstruction_relieved</translation>
    </message>
    <message>
        <source>no patient is left to draw (check the filter)</source>
        <translation>no queda ningún paciente que dibujar (revise el filtro)</translation>
    </message>
    <message>
        <source>PNG, %1 × %2 pixels at %3 dpi</source>
        <translation>PNG, %1 × %2 píxeles a %3 ppp</translation>
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
        <translation>Escrito %1 (%2; n = %3)</translation>
    </message>
    <message>
        <source>Writes a chart of the viewer as it shows it: km, the Kaplan-Meier curves with the number-at-risk table, or relief, the symptom-relief bars. The extension of --out chooses the format: PNG (the pixel size and resolution given), PDF or SVG (vector). The default size is one journal column, 85 × 90 mm, at 300 dpi. With --table patients instead, writes the patients the filter keeps as CSV, de-identified with --deidentify.</source>
        <translation>Escribe un gráfico tal como lo muestra el visor: km, las curvas de Kaplan-Meier con la tabla de pacientes en riesgo, o relief, las barras del alivio de los síntomas. La extensión de --out elige el formato: PNG (con el tamaño en píxeles y la resolución indicados), PDF o SVG (vectorial). El tamaño predeterminado es una columna de revista, 85 × 90 mm, a 300 ppp. Con --table patients, en cambio, escribe como CSV los pacientes que conserva el filtro, anonimizados con --deidentify.</translation>
    </message>
    <message>
        <source>A table instead of a chart: patients (the patients the filter keeps, in the registry&apos;s columns, as CSV).</source>
        <translation>Una tabla en lugar de un gráfico: patients (los pacientes que conserva el filtro, en las columnas del registro, como CSV).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLA</translation>
    </message>
    <message>
        <source>With --table patients: IDs replaced by sequence numbers, dates removed, ages over 89 as 90+.</source>
        <translation>Con --table patients: ID sustituidos por números de orden, fechas eliminadas, edades mayores de 89 como 90+.</translation>
    </message>
    <message>
        <source>The file to write: FILE.png, FILE.pdf or FILE.svg (a chart), FILE.csv (a table).</source>
        <translation>El archivo que escribir: ARCHIVO.png, ARCHIVO.pdf o ARCHIVO.svg (un gráfico), ARCHIVO.csv (una tabla).</translation>
    </message>
    <message>
        <source>give --chart or --table, not both</source>
        <translation>indique --chart o --table, no ambos</translation>
    </message>
    <message>
        <source>--%1 applies to charts, not to --table</source>
        <translation>--%1 se aplica a los gráficos, no a --table</translation>
    </message>
    <message>
        <source>--deidentify applies to --table patients</source>
        <translation>--deidentify se aplica a --table patients</translation>
    </message>
    <message>
        <source>--chart km|relief is required (or --table patients)</source>
        <translation>se requiere --chart km|relief (o --table patients)</translation>
    </message>
    <message>
        <source>--table %1: use patients</source>
        <translation>--table %1: use patients</translation>
    </message>
    <message>
        <source>--out %1: give it the extension .csv</source>
        <translation>--out %1: póngale la extensión .csv</translation>
    </message>
    <message>
        <source>no patient is left to export (check the filter)</source>
        <translation>no queda ningún paciente que exportar (revise el filtro)</translation>
    </message>
    <message>
        <source>Wrote %1 (CSV, de-identified; n = %2)</source>
        <translation>Se escribió %1 (CSV, anonimizado; n = %2)</translation>
    </message>
    <message>
        <source>Wrote %1 (CSV; n = %2)</source>
        <translation>Se escribió %1 (CSV; n = %2)</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Reemplazar archivo</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>The file in %1 will be overwritten.</source>
        <translation>Se sobrescribirá el archivo en %1.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectorial)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (hoja de cálculo)</translation>
    </message>
    <message>
        <source>HTML (web page, word processor)</source>
        <translation>HTML (página web, procesador de textos)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Journal, single column (85 mm)</source>
        <translation>Revista, una columna (85 mm)</translation>
    </message>
    <message>
        <source>Journal, double column (174 mm)</source>
        <translation>Revista, dos columnas (174 mm)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>píxeles</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>A&amp;nchura × altura:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Journals ask for 300 dpi (photographs) to 600 dpi (line art) at the printed size; PDF and SVG stay sharp at any size.</source>
        <translation>Las revistas piden de 300 ppp (fotografías) a 600 ppp (dibujos de líneas) al tamaño impreso; PDF y SVG se mantienen nítidos a cualquier tamaño.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 mm at %5 dpi</source>
        <translation>%1 × %2 píxeles, %3 × %4 mm a %5 ppp</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Dé un nombre al archivo.</translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation>No se puede exportar: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>&amp;De-identify (IDs replaced, dates removed, ages over 89 as 90+)</source>
        <translation>&amp;Anonimizar (ID sustituidos, fechas eliminadas, edades mayores de 89 como 90+)</translation>
    </message>
    <message>
        <source>For sharing outside the clinic: the patient IDs become 1, 2, 3… in the order of the table, every date column is left out, and ages over 89 are written as 90+. The other columns are copied as they are. CSV only.</source>
        <translation>Para compartir fuera de la clínica: los ID de los pacientes pasan a ser 1, 2, 3… en el orden de la tabla, se omite toda columna de fecha y las edades mayores de 89 se escriben como 90+. Las demás columnas se copian tal cual. Solo CSV.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ExportFile</name>
    <message>
        <source>no file name was given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: no file can be created in %2 (%3)</source>
        <translation>No se puede escribir %1: no se puede crear ningún archivo en %2 (%3)</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::FilterPanel</name>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Symptoms at presentation: carcinoid syndrome, obstruction or ischaemia</source>
        <translation>Síntomas en la presentación: síndrome carcinoide, obstrucción o isquemia</translation>
    </message>
    <message>
        <source>Any presentation</source>
        <translation>Cualquier presentación</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Síndrome carcinoide</translation>
    </message>
    <message>
        <source>Obstruction or ischaemia</source>
        <translation>Obstrucción o isquemia</translation>
    </message>
    <message>
        <source>CS and obstruction</source>
        <translation>SC y obstrucción</translation>
    </message>
    <message>
        <source>CS without obstruction</source>
        <translation>SC sin obstrucción</translation>
    </message>
    <message>
        <source>Obstruction without CS</source>
        <translation>Obstrucción sin SC</translation>
    </message>
    <message>
        <source>No arms recorded</source>
        <translation>No hay brazos registrados</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Age from, years</source>
        <translation>Edad desde, años</translation>
    </message>
    <message>
        <source>Age to, years</source>
        <translation>Edad hasta, años</translation>
    </message>
    <message>
        <source>Follow-up from, months</source>
        <translation>Seguimiento desde, meses</translation>
    </message>
    <message>
        <source>Follow-up to, months</source>
        <translation>Seguimiento hasta, meses</translation>
    </message>
    <message>
        <source>Lowest value included; &quot;any&quot; for no lower limit</source>
        <translation>Valor mínimo incluido; «cualquiera»: sin límite inferior</translation>
    </message>
    <message>
        <source>Highest value included; &quot;any&quot; for no upper limit</source>
        <translation>Valor máximo incluido; «cualquiera»: sin límite superior</translation>
    </message>
    <message>
        <source>Primary sites</source>
        <translation>Localizaciones primarias</translation>
    </message>
    <message>
        <source>Tick the sites to include; none ticked: every site</source>
        <translation>Marque las localizaciones que desea incluir; ninguna marcada: todas las localizaciones</translation>
    </message>
    <message>
        <source>Patient ID search</source>
        <translation>Búsqueda por ID de paciente</translation>
    </message>
    <message>
        <source>Shows the patients whose ID contains this text, in any case</source>
        <translation>Muestra los pacientes cuyo ID contiene este texto, sin distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Part of an ID</source>
        <translation>Parte de un ID</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>&amp;Restablecer filtros</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>Show all patients again</source>
        <translation>Volver a mostrar todos los pacientes</translation>
    </message>
    <message>
        <source>This registry is not in the native format, so these filters do not apply to it.</source>
        <translation>Este registro no está en el formato nativo, por lo que estos filtros no se le aplican.</translation>
    </message>
    <message>
        <source>A patient must match every filter. Nothing ticked in a list means any.</source>
        <translation>Un paciente debe cumplir todos los filtros. Si no se marca nada en una lista, vale cualquier valor.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Presen&amp;tation</source>
        <translation>Presen&amp;tación</translation>
    </message>
    <message>
        <source>&amp;Arm</source>
        <translation>&amp;Brazo</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>&amp;Edad (años)</translation>
    </message>
    <message>
        <source>Primary &amp;site</source>
        <translation>&amp;Localización primaria</translation>
    </message>
    <message>
        <source>Patient &amp;ID</source>
        <translation>&amp;ID del paciente</translation>
    </message>
    <message>
        <source>Follow-&amp;up (months)</source>
        <translation>Seg&amp;uimiento (meses)</translation>
    </message>
    <message>
        <source>Cytoreduction</source>
        <translation>Citorreducción</translation>
    </message>
    <message>
        <source>Medical therapy</source>
        <translation>Tratamiento médico</translation>
    </message>
    <message>
        <source>Cytoreduction arm</source>
        <translation>Brazo de citorreducción</translation>
    </message>
    <message>
        <source>Medical therapy arm</source>
        <translation>Brazo de tratamiento médico</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Leyendo el registro…</translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportCommand</name>
    <message>
        <source>Imports a registry CSV (native schema, or mapped onto it with --map) into an SQLite registry, in one transaction: on any problem nothing is written.</source>
        <translation>Importa un CSV de registro (esquema nativo, o asignado a él con --map) a un registro SQLite en una sola transacción: ante cualquier problema no se escribe nada.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>El archivo CSV que se importará.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>The registry database, created when missing.</source>
        <translation>La base de datos del registro; se crea si no existe.</translation>
    </message>
    <message>
        <source>FILE.sqlite</source>
        <translation>ARCHIVO.sqlite</translation>
    </message>
    <message>
        <source>Replace the patients of an existing registry.</source>
        <translation>Reemplaza los pacientes de un registro existente.</translation>
    </message>
    <message>
        <source>Add the patients to an existing registry.</source>
        <translation>Añade los pacientes a un registro existente.</translation>
    </message>
    <message>
        <source>Read registry field FIELD from column COLUMN of the file (repeatable).</source>
        <translation>Lee el campo del registro CAMPO de la columna COLUMNA del archivo (repetible).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>CAMPO=COLUMNA</translation>
    </message>
    <message>
        <source>Run cohortlens import --help for the options.</source>
        <translation>Ejecute cohortlens import --help para ver las opciones.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>--input FILE.csv is required</source>
        <translation>--input ARCHIVO.csv es obligatorio</translation>
    </message>
    <message>
        <source>--db FILE.sqlite is required</source>
        <translation>--db ARCHIVO.sqlite es obligatorio</translation>
    </message>
    <message>
        <source>--replace and --append exclude each other</source>
        <translation>--replace y --append se excluyen mutuamente</translation>
    </message>
    <message>
        <source>give --input and --db once each</source>
        <translation>indique --input y --db una sola vez cada uno</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s) from %1 into %2</source>
        <translation>
            <numerusform>Se importó %n paciente de %1 a %2</numerusform>
            <numerusform>Se importaron %n pacientes de %1 a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… y %n problema más no mostrado</numerusform>
            <numerusform>… y %n problemas más no mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and %2 is unchanged</source>
        <translation>
            <numerusform>%n problema en %1; no se importó nada y %2 no ha cambiado</numerusform>
            <numerusform>%n problemas en %1; no se importó nada y %2 no ha cambiado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported and no database was created</source>
        <translation>
            <numerusform>%n problema en %1; no se importó nada y no se creó ninguna base de datos</numerusform>
            <numerusform>%n problemas en %1; no se importó nada y no se creó ninguna base de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported; %1 is unchanged.</source>
        <translation>No se importó nada; %1 no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Appended %n patient(s) from %1 to %2, which now holds %3</source>
        <translation>
            <numerusform>Se añadió %n paciente de %1 a %2, que ahora contiene %3</numerusform>
            <numerusform>Se añadieron %n pacientes de %1 a %2, que ahora contiene %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, %2 rejected; SHA-256 %3)</source>
        <translation>(%1, %2 rechazadas; SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::ImportProblemsDialog</name>
    <message>
        <source>Problems in %1</source>
        <translation>Problemas en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not opened: it has %n problem(s). Nothing was changed.</source>
        <translation>
            <numerusform>No se abrió %1: tiene %n problema. No se modificó nada.</numerusform>
            <numerusform>No se abrió %1: tiene %n problemas. No se modificó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>&amp;Guardar lista…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>Guardar problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be saved to %1: %2</source>
        <translation>No se pudo guardar la lista en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Se muestra el primer problema.</numerusform>
            <numerusform>Se muestran los primeros %n problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortLens::KaplanMeierChart</name>
    <message>
        <source>Survival</source>
        <translation>Supervivencia</translation>
    </message>
    <message>
        <source>Number at risk</source>
        <translation>Número en riesgo</translation>
    </message>
    <message>
        <source>Overall survival</source>
        <translation>Supervivencia global</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message numerus="yes">
        <source>%1 (n = %2, %Ln event(s))</source>
        <extracomment>Legend entry of a survival curve: group name, patients, events</extracomment>
        <translation>
            <numerusform>%1 (n = %2, %Ln evento)</numerusform>
            <numerusform>%1 (n = %2, %Ln eventos)</numerusform>
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
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Censored</source>
        <translation>Censurados</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not estimable, %2 at risk</source>
        <extracomment>Hover read-out beyond a group&apos;s last follow-up</extracomment>
        <translation>%1: no estimable, %2 en riesgo</translation>
    </message>
    <message>
        <source>%1: %2 (%3 CI %4–%5), %6 at risk</source>
        <extracomment>Hover read-out: group, S(t), CI level, lower, upper, number at risk</extracomment>
        <translation>%1: %2 (IC del %3: %4–%5), %6 en riesgo</translation>
    </message>
    <message>
        <source>%1: %2, %3 at risk</source>
        <translation>%1: %2, %3 en riesgo</translation>
    </message>
</context>
<context>
    <name>CohortLens::MainWindow</name>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a registry: a CSV file or a database made by cohortlens import</source>
        <translation>Abrir un registro: un archivo CSV o una base de datos creada con cohortlens import</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open &amp;Demo Registry</source>
        <translation>Abrir el registro de &amp;demostración</translation>
    </message>
    <message>
        <source>Open the bundled synthetic demo registry</source>
        <translation>Abrir el registro de demostración sintético incluido</translation>
    </message>
    <message>
        <source>&amp;Import CSV into Registry…</source>
        <translation>&amp;Importar CSV a un registro…</translation>
    </message>
    <message>
        <source>Check a CSV file and store it in a registry database</source>
        <translation>Comprobar un archivo CSV y guardarlo en una base de datos de registro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>&amp;Restablecer filtros</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Confidence &amp;Bands</source>
        <translation>&amp;Bandas de confianza</translation>
    </message>
    <message>
        <source>&amp;Censor Marks</source>
        <translation>Marcas de &amp;censura</translation>
    </message>
    <message>
        <source>&amp;Median Lines</source>
        <translation>Líneas de la &amp;mediana</translation>
    </message>
    <message>
        <source>Log-rank &amp;p-Value</source>
        <translation>Valor &amp;p del log-rank</translation>
    </message>
    <message>
        <source>Number at &amp;Risk Table</source>
        <translation>Tabla de número en &amp;riesgo</translation>
    </message>
    <message>
        <source>Time in &amp;Years</source>
        <translation>Tiempo en &amp;años</translation>
    </message>
    <message>
        <source>&amp;Stop Curves Below n at Risk…</source>
        <translation>&amp;Detener curvas bajo n en riesgo…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Kaplan-Meier survival chart</source>
        <translation>Curva de supervivencia de Kaplan-Meier</translation>
    </message>
    <message>
        <source>Symptom relief chart</source>
        <translation>Gráfico de alivio de los síntomas</translation>
    </message>
    <message>
        <source>The symptom-relief chart needs the registry columns cs_improved and obstruction_relieved.</source>
        <translation>El gráfico de alivio de los síntomas necesita las columnas del registro cs_improved y obstruction_relieved.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <source>Stop Curves</source>
        <translation>Detener curvas</translation>
    </message>
    <message>
        <source>Stop drawing a curve when fewer than this many patients remain at risk (0: draw to the end):</source>
        <translation>Dejar de dibujar una curva cuando queden en riesgo menos pacientes que este número (0: dibujar hasta el final):</translation>
    </message>
    <message>
        <source>Still opening %1…</source>
        <translation>Todavía se está abriendo %1…</translation>
    </message>
    <message>
        <source>Open Registry</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file or a registry database.</source>
        <translation>%1 es una carpeta; elija un archivo CSV o una base de datos de registro.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 holds no registry.</source>
        <translation>%1 no contiene ningún registro.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Se canceló la apertura de %1.</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>No se abrió %1: %2</translation>
    </message>
    <message>
        <source>Registries (*.csv *.sqlite *.db);;CSV files (*.csv);;All files (*)</source>
        <translation>Registros (*.csv *.sqlite *.db);;Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import CSV into Registry</source>
        <translation>Importar CSV a un registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Registry Database</source>
        <translation>Base de datos del registro</translation>
    </message>
    <message>
        <source>Registry databases (*.sqlite *.db)</source>
        <translation>Bases de datos de registro (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Add the patients of %2 to it, or replace its patients?</source>
        <translation>%1 ya existe. ¿Desea añadirle los pacientes de %2 o reemplazar sus pacientes?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported into %1. Open the registry now?</source>
        <translation>
            <numerusform>Se importó %n paciente a %1. ¿Desea abrir el registro ahora?</numerusform>
            <numerusform>Se importaron %n pacientes a %1. ¿Desea abrir el registro ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>Se canceló la importación; %1 no ha cambiado.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>No registry open</source>
        <translation>Ningún registro abierto</translation>
    </message>
    <message>
        <source>Source: %1 — synthetic demo data</source>
        <translation>Fuente: %1 — datos de demostración sintéticos</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Kaplan-Meier Chart…</source>
        <translation>Gráfico de &amp;Kaplan-Meier…</translation>
    </message>
    <message>
        <source>Save the survival chart with its number-at-risk table as PNG, PDF or SVG</source>
        <translation>Guardar el gráfico de supervivencia con su tabla de pacientes en riesgo como PNG, PDF o SVG</translation>
    </message>
    <message>
        <source>&amp;Symptom-Relief Chart…</source>
        <translation>Gráfico del &amp;alivio de los síntomas…</translation>
    </message>
    <message>
        <source>Save the symptom-relief chart as PNG, PDF or SVG</source>
        <translation>Guardar el gráfico del alivio de los síntomas como PNG, PDF o SVG</translation>
    </message>
    <message>
        <source>&amp;Comparison Table…</source>
        <translation>Tabla de &amp;comparación…</translation>
    </message>
    <message>
        <source>Save the comparison table, with the test of each row, as CSV or HTML</source>
        <translation>Guardar la tabla de comparación, con la prueba de cada fila, como CSV o HTML</translation>
    </message>
    <message>
        <source>&amp;Patient Table…</source>
        <translation>Tabla de &amp;pacientes…</translation>
    </message>
    <message>
        <source>Save the patients the filter selects as CSV or HTML</source>
        <translation>Guardar los pacientes que selecciona el filtro como CSV o HTML</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Informe (PDF)…</translation>
    </message>
    <message>
        <source>Save a one-file PDF report: data source, filter, charts, comparison table and methods</source>
        <translation>Guardar un informe PDF en un solo archivo: fuente de datos, filtro, gráficos, tabla de comparación y métodos</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <source>Print the report: data source, filter, charts, comparison table and methods</source>
        <translation>Imprimir el informe: fuente de datos, filtro, gráficos, tabla de comparación y métodos</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows of the table in front (or all of it) as tab-separated text</source>
        <translation>Copiar las filas seleccionadas de la tabla visible (o toda) como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>Copy Co&amp;mparison Table</source>
        <translation>Copiar la tabla de co&amp;mparación</translation>
    </message>
    <message>
        <source>Copy the whole comparison table as tab-separated text</source>
        <translation>Copiar toda la tabla de comparación como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>Copy &amp;Patient Table</source>
        <translation>Copiar la tabla de &amp;pacientes</translation>
    </message>
    <message>
        <source>Copy the patients the filter selects as tab-separated text</source>
        <translation>Copiar los pacientes que selecciona el filtro como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exportar gráfico…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copiar el gráfico como imagen</translation>
    </message>
    <message>
        <source>Cannot write %1: give it the extension .csv or .html</source>
        <translation>No se puede escribir %1: use la extensión .csv o .html</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>No se pudo imprimir el informe.</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>Co&amp;mparación</translation>
    </message>
    <message>
        <source>Demo registry</source>
        <translation>Registro de demostración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Censored and &amp;Events Rows (KMunicate)</source>
        <translation>Filas de censuras y &amp;eventos (KMunicate)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Statistical Methods</source>
        <translation>&amp;Métodos estadísticos</translation>
    </message>
    <message>
        <source>How each figure is computed, and the R call that gives the same</source>
        <translation>Cómo se calcula cada cifra y la llamada de R que da lo mismo</translation>
    </message>
    <message>
        <source>&amp;About CohortLens</source>
        <translation>&amp;Acerca de CohortLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CohortLens %1&lt;/h3&gt;&lt;p&gt;A viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons, with statistics that agree with R survival.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CohortLens %1&lt;/h3&gt;&lt;p&gt;Un visor de resultados clínicos: curvas de Kaplan-Meier, alivio de síntomas y comparaciones por brazo, con estadísticas que coinciden con R survival.&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The demo registry is synthetic.&lt;/b&gt; It reproduces the published aggregates of a surgical series; no real patient is in it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El registro de demostración es sintético.&lt;/b&gt; Reproduce los agregados publicados de una serie quirúrgica; no contiene ningún paciente real.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About CohortLens</source>
        <translation>Acerca de CohortLens</translation>
    </message>
    <message>
        <source>%1 (synthetic data, not real patients)</source>
        <translation>%1 (datos sintéticos, no pacientes reales)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln patient(s)</source>
        <translation>
            <numerusform>%L1 de %Ln paciente</numerusform>
            <numerusform>%L1 de %Ln pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: a de-identified table is written as CSV</source>
        <translation>No se puede escribir %1: una tabla anonimizada se escribe como CSV</translation>
    </message>
    <message>
        <source>Open Database &amp;Connection…</source>
        <translation>Abrir una &amp;conexión de base de datos…</translation>
    </message>
    <message>
        <source>Open a registry that several sites share, on a PostgreSQL server</source>
        <translation>Abrir un registro que comparten varios centros, en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Open Database Connection</source>
        <translation>Abrir una conexión de base de datos</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <source>%1 holds no registry yet; import a CSV into it first.</source>
        <translation>%1 aún no contiene ningún registro; importe primero un CSV en él.</translation>
    </message>
    <message>
        <source>Address of a shared registry on PostgreSQL, such as postgresql://surgeon@registry.example.org:5432/net:</source>
        <translation>Dirección de un registro compartido en PostgreSQL, por ejemplo postgresql://surgeon@registry.example.org:5432/net:</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 no es una dirección de base de datos; escríbala como postgresql://usuario@host:puerto/base.</translation>
    </message>
</context>
<context>
    <name>CohortLens::MethodsDialog</name>
    <message>
        <source>The methods document is missing from this build.</source>
        <translation>El documento de métodos falta en esta compilación.</translation>
    </message>
    <message>
        <source>Statistical Methods</source>
        <translation>Métodos estadísticos</translation>
    </message>
</context>
<context>
    <name>CohortLens::OutputOptions</name>
    <message>
        <source>Replace --out when it exists.</source>
        <translation>Reemplazar --out si ya existe.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out ARCHIVO es obligatorio</translation>
    </message>
    <message>
        <source>give --out once</source>
        <translation>indique --out una sola vez</translation>
    </message>
    <message>
        <source>--out %1: %2</source>
        <translation>--out %1: %2</translation>
    </message>
    <message>
        <source>--out %1 exists; give --force to replace it</source>
        <translation>--out %1 ya existe; indique --force para reemplazarlo</translation>
    </message>
    <message>
        <source>The language of the words and numbers written: en, de, fr or es (default: the system&apos;s).</source>
        <translation>El idioma de las palabras y los números escritos: en, de, fr o es (por defecto: el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
</context>
<context>
    <name>CohortLens::PatientTableModel</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>Localización primaria</translation>
    </message>
    <message>
        <source>Carcinoid syndrome</source>
        <translation>Síndrome carcinoide</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Obstrucción</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>Regional resection</source>
        <translation>Resección regional</translation>
    </message>
    <message>
        <source>CS improved</source>
        <translation>SC mejorado</translation>
    </message>
    <message>
        <source>Obstruction relieved</source>
        <translation>Obstrucción resuelta</translation>
    </message>
    <message>
        <source>Complication</source>
        <translation>Complicación</translation>
    </message>
    <message>
        <source>Clavien-Dindo</source>
        <translation>Clavien-Dindo</translation>
    </message>
    <message>
        <source>Died ≤ 30 days</source>
        <translation>Muerte ≤ 30 días</translation>
    </message>
    <message>
        <source>Follow-up (months)</source>
        <translation>Seguimiento (meses)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Operation date</source>
        <translation>Fecha de la operación</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Último seguimiento</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>fallecido</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>vivo</translation>
    </message>
    <message>
        <source>cytoreduction</source>
        <translation>citorreducción</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>médico</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>aquí se requiere un valor; rellénelo</translation>
    </message>
    <message>
        <source>not a yes/no value; write yes or no (1/0, y/n and true/false also work)</source>
        <translation>no es un valor sí/no; escriba yes o no (también valen 1/0, y/n y true/false)</translation>
    </message>
    <message>
        <source>not a number; write digits with a point as the decimal separator, e.g. 47.5</source>
        <translation>no es un número; escriba cifras con un punto como separador decimal, p. ej. 47.5</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>debe ser al menos %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>not a date; write it as YYYY-MM-DD, e.g. 2004-03-17</source>
        <translation>no es una fecha; escríbala como AAAA-MM-DD, p. ej. 2004-03-17</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; check for a missing or extra separator, or a quote that is not closed</source>
        <translation>la fila tiene %1 campos pero el encabezado tiene %2; compruebe si falta o sobra un separador, o si hay unas comillas sin cerrar</translation>
    </message>
    <message>
        <source>unknown sex; write M or F (male/female also work)</source>
        <translation>sexo desconocido; escriba M o F (también valen male/female)</translation>
    </message>
    <message>
        <source>unknown arm; write cytoreduction or medical</source>
        <translation>brazo desconocido; escriba cytoreduction o medical</translation>
    </message>
    <message>
        <source>follow-up is required; fill in followup_months, or both operation_date and last_followup_date</source>
        <translation>el seguimiento es obligatorio; rellene followup_months, o bien operation_date y last_followup_date</translation>
    </message>
    <message>
        <source>the last follow-up is before the operation date</source>
        <translation>el último seguimiento es anterior a la fecha de la operación</translation>
    </message>
    <message>
        <source>status must be 1 (dead) or 0 (alive at last follow-up)</source>
        <translation>status debe ser 1 (fallecido) o 0 (vivo en el último seguimiento)</translation>
    </message>
    <message>
        <source>given for a patient without carcinoid syndrome; leave it empty or correct carcinoid_syndrome</source>
        <translation>indicado para un paciente sin síndrome carcinoide; déjelo vacío o corrija carcinoid_syndrome</translation>
    </message>
    <message>
        <source>given for a patient without obstruction; leave it empty or correct obstruction</source>
        <translation>indicado para un paciente sin obstrucción; déjelo vacío o corrija obstruction</translation>
    </message>
    <message>
        <source>a complication grade above 0 but complication is no; correct one of them</source>
        <translation>grado de complicación mayor que 0 pero complication es no; corrija uno de los dos valores</translation>
    </message>
    <message>
        <source>grade 0 means no complication, but complication is yes; give the worst grade (1 to 5)</source>
        <translation>el grado 0 significa sin complicación, pero complication es yes; indique el grado más grave (1 a 5)</translation>
    </message>
    <message>
        <source>died within 30 days of the operation, but status is 0 (alive at last follow-up); correct one of them</source>
        <translation>falleció en los 30 días posteriores a la operación, pero status es 0 (vivo en el último seguimiento); corrija uno de los dos</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryImporter</name>
    <message>
        <source>the column name appears twice in the header; rename one of them</source>
        <translation>el nombre de columna aparece dos veces en el encabezado; cambie el nombre de una de ellas</translation>
    </message>
    <message>
        <source>the file could not be read to the end</source>
        <translation>no se pudo leer el archivo hasta el final</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)</source>
        <translation>la línea %1 no es texto UTF-8; guarde el archivo como UTF-8 (en una hoja de cálculo: CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)</source>
        <translation>el archivo es texto UTF-16; guárdelo como UTF-8 (en una hoja de cálculo: CSV UTF-8)</translation>
    </message>
    <message>
        <source>this is not a CSV text file: it holds binary data (NUL bytes); export the registry as CSV</source>
        <translation>no es un archivo de texto CSV: contiene datos binarios (bytes NUL); exporte el registro como CSV</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte); this is not a CSV text file</source>
        <translation>la línea %1 contiene datos binarios (un byte NUL); no es un archivo de texto CSV</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed; add the closing quote</source>
        <translation>el campo entre comillas que empieza en la línea %1 nunca se cierra; añada las comillas de cierre</translation>
    </message>
    <message>
        <source>line %1 has text right after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>la línea %1 tiene texto justo después de unas comillas de cierre; unas comillas dentro de un campo entre comillas deben duplicarse (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1 has a field longer than %2 MiB; is this a registry file?</source>
        <translation>la línea %1 tiene un campo de más de %2 MiB; ¿es un archivo de registro?</translation>
    </message>
    <message>
        <source>line %1 has more than %2 columns; is this a registry file?</source>
        <translation>la línea %1 tiene más de %2 columnas; ¿es un archivo de registro?</translation>
    </message>
    <message>
        <source>the file is empty; a registry file starts with a header row naming its columns</source>
        <translation>el archivo está vacío; un archivo de registro empieza con una fila de encabezado que nombra sus columnas</translation>
    </message>
    <message>
        <source>row %1 could not be stored: %2</source>
        <translation>no se pudo guardar la fila %1: %2</translation>
    </message>
    <message>
        <source>duplicate patient_id: row %1 has the same one; each patient needs a unique identifier</source>
        <translation>patient_id duplicado: la fila %1 tiene el mismo; cada paciente necesita un identificador único</translation>
    </message>
    <message>
        <source>duplicate patient_id: the registry already holds this patient; import only new patients with --append, or use --replace</source>
        <translation>patient_id duplicado: el registro ya contiene este paciente; importe solo pacientes nuevos con --append o use --replace</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>se canceló la importación; no se escribió nada</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>el archivo tiene encabezado pero ninguna fila de datos</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>no se indicó ningún archivo de entrada</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is a folder; give a CSV file or a registry database</source>
        <translation>%1 es una carpeta; indique un archivo CSV o una base de datos de registro</translation>
    </message>
    <message>
        <source>%1 holds no registry yet</source>
        <translation>%1 aún no contiene ningún registro</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give a CSV file</source>
        <translation>%1 es una carpeta; indique un archivo CSV</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>no se indicó ningún archivo de base de datos</translation>
    </message>
    <message>
        <source>the database and the input are the same file</source>
        <translation>la base de datos y la entrada son el mismo archivo</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, not a CSV file</source>
        <translation>%1 es una base de datos SQLite, no un archivo CSV</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a registry of %n patient(s); add --append to add patients to it, or --replace to replace them</source>
        <translation>
            <numerusform>%1 ya contiene un registro de %n paciente; añada --append para añadirle pacientes o --replace para reemplazarlos</numerusform>
            <numerusform>%1 ya contiene un registro de %n pacientes; añada --append para añadirle pacientes o --replace para reemplazarlos</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB; is this a registry file?</source>
        <translation>la línea %1 supera %2 MiB; ¿es un archivo de registro?</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; import it again once it is saved and closed</source>
        <translation>%1 cambió mientras se leía; impórtelo de nuevo cuando esté guardado y cerrado</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryStore</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; give a registry made by cohortlens import</source>
        <translation>%1 no es una base de datos SQLite; indique un registro creado con cohortlens import</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>no se puede leer %1: permiso denegado</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>no se puede crear %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 is not writable</source>
        <translation>no se puede crear %1: no se puede escribir en la carpeta %2</translation>
    </message>
    <message>
        <source>%1 is read-only; it can be opened for viewing but not changed</source>
        <translation>%1 es de solo lectura; puede abrirse para consultarlo, pero no modificarse</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CohortLens registry</source>
        <translation>%1 es una base de datos SQLite pero no un registro de CohortLens</translation>
    </message>
    <message>
        <source>%1 was written by a newer CohortLens (registry schema %2; this version reads up to %3); update CohortLens to open it</source>
        <translation>%1 fue escrito por una versión más reciente de CohortLens (esquema de registro %2; esta versión lee hasta el %3); actualice CohortLens para abrirlo</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection</source>
        <translation>el controlador de SQLite no expone su conexión</translation>
    </message>
    <message>
        <source>cannot prepare the database connection: %1</source>
        <translation>no se puede preparar la conexión con la base de datos: %1</translation>
    </message>
    <message>
        <source>the registry holds a CSV of another format, not native-schema patients</source>
        <translation>el registro contiene un CSV de otro formato, no pacientes con el esquema nativo</translation>
    </message>
    <message>
        <source>the registry holds native-schema patients</source>
        <translation>el registro contiene pacientes con el esquema nativo</translation>
    </message>
    <message>
        <source>cannot update the registry schema to version %1: %2</source>
        <translation>no se puede actualizar el esquema del registro a la versión %1: %2</translation>
    </message>
    <message>
        <source>--presentation needs the carcinoid_syndrome and obstruction columns of a native registry; this file is not one (use --where on its own columns)</source>
        <translation>--presentation necesita las columnas carcinoid_syndrome y obstruction de un registro nativo; este archivo no lo es (use --where con sus propias columnas)</translation>
    </message>
    <message>
        <source>filtering by %1 needs the columns of a native registry; this file is not one (use --where on its own columns)</source>
        <translation>filtrar por %1 requiere las columnas de un registro nativo; este archivo no lo es (use --where con sus propias columnas)</translation>
    </message>
    <message>
        <source>--where %1: no column %2; the columns are %3</source>
        <translation>--where %1: no hay ninguna columna %2; las columnas son %3</translation>
    </message>
    <message>
        <source>no column %1; the columns are %2</source>
        <translation>no hay ninguna columna %1; las columnas son %2</translation>
    </message>
    <message>
        <source>the registry is not in the native format</source>
        <translation>el registro no está en el formato nativo</translation>
    </message>
    <message>
        <source>%1 holds an unfinished import of a program that was stopped; to restore it as it was before, open it once with write access to the file and its folder</source>
        <translation>%1 contiene una importación inacabada de un programa que se detuvo; para restaurarlo como estaba, ábralo una vez con acceso de escritura al archivo y a su carpeta</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the registry it holds (cut off, e.g. by an interrupted copy); restore it from a backup</source>
        <translation>%1 está dañado: el archivo es más corto que el registro que contiene (cortado, p. ej., por una copia interrumpida); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 está dañado (%2); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>no se pudo leer ni escribir el disco (%1)</translation>
    </message>
    <message>
        <source>another program is changing the registry; try again when it has finished</source>
        <translation>otro programa está modificando el registro; inténtelo de nuevo cuando haya terminado</translation>
    </message>
    <message>
        <source>the registry file is damaged (%1); restore it from a backup</source>
        <translation>el archivo del registro está dañado (%1); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>%1 is not a database address; write it as postgresql://user@host:port/database</source>
        <translation>%1 no es una dirección de base de datos; escríbala como postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>no se puede abrir %1: el controlador PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 holds a patients table but is not a CohortLens registry</source>
        <translation>%1 contiene una tabla patients pero no es un registro de CohortLens</translation>
    </message>
    <message>
        <source>%1 is not a CohortLens registry</source>
        <translation>%1 no es un registro de CohortLens</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; ask its administrator to free some space, then try again</source>
        <translation>el disco del servidor de base de datos está lleno; pida a su administrador que libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>a shared registry holds native-schema patients only</source>
        <translation>un registro compartido solo contiene pacientes del esquema nativo</translation>
    </message>
    <message>
        <source>cannot create the registry schema: %1</source>
        <translation>no se puede crear el esquema del registro: %1</translation>
    </message>
</context>
<context>
    <name>CohortLens::RegistryWriter</name>
    <message>
        <source>cannot start the import: %1</source>
        <translation>no se puede iniciar la importación: %1</translation>
    </message>
    <message>
        <source>no import is in progress</source>
        <translation>no hay ninguna importación en curso</translation>
    </message>
    <message>
        <source>cannot save the import: %1</source>
        <translation>no se puede guardar la importación: %1</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection</source>
        <translation>el controlador de SQLite no expone su conexión</translation>
    </message>
</context>
<context>
    <name>CohortLens::ReportCommand</name>
    <message>
        <source>no patient is left to report on (check the filter)</source>
        <translation>no queda ningún paciente para el informe (revise el filtro)</translation>
    </message>
    <message>
        <source>Wrote %1 (PDF, %2, pages: %3; n = %4)</source>
        <translation>Escrito %1 (PDF, %2, páginas: %3; n = %4)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Writes the viewer&apos;s one-file PDF report: data source (file, SHA-256, rows), the filter in words, n per arm, the Kaplan-Meier figure with its number-at-risk table, the symptom-relief figure, the comparison table with the test of each row, and the methods.</source>
        <translation>Escribe el informe PDF del visor en un solo archivo: fuente de datos (archivo, SHA-256, filas), el filtro en palabras, n por brazo, la figura de Kaplan-Meier con su tabla de pacientes en riesgo, la figura del alivio de los síntomas, la tabla de comparación con la prueba de cada fila y los métodos.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribe.</translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default from the locale: letter in the United States and Canada, else a4).</source>
        <translation>Papel: a4 o letter (predeterminado según la configuración regional: letter en Estados Unidos y Canadá, si no a4).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPEL</translation>
    </message>
    <message>
        <source>--out %1: the report is a PDF; give the file the extension .pdf</source>
        <translation>--out %1: el informe es un PDF; use la extensión .pdf</translation>
    </message>
    <message>
        <source>--paper %1: use a4 or letter</source>
        <translation>--paper %1: use a4 o letter</translation>
    </message>
</context>
<context>
    <name>CohortLens::ReportWriter</name>
    <message>
        <source>Clinical outcomes report</source>
        <translation>Informe de resultados clínicos</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>no se pudo dibujar el informe</translation>
    </message>
    <message>
        <source>Created %1 with CohortLens %2</source>
        <translation>Creado el %1 con CohortLens %2</translation>
    </message>
    <message>
        <source>Synthetic demo data — not real patients.</source>
        <translation>Datos de demostración sintéticos — no son pacientes reales.</translation>
    </message>
    <message>
        <source>The bundled demo registry reproduces the published aggregates of a surgical series (Surgery 2008;144:645-51); no real patient is in it.</source>
        <translation>El registro de demostración incluido reproduce los agregados publicados de una serie quirúrgica (Surgery 2008;144:645-51); no contiene ningún paciente real.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
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
        <translation>Filas de %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 rejected</source>
        <translation>%1 leídas, %2 importadas, %3 rechazadas</translation>
    </message>
    <message>
        <source>Patients in the registry</source>
        <translation>Pacientes en el registro</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
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
        <translation>Pacientes analizados</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Filas excluidas</translation>
    </message>
    <message>
        <source>%1 (without a valid time, event or group)</source>
        <translation>%1 (sin tiempo, evento o grupo válidos)</translation>
    </message>
    <message>
        <source>Figure %1.</source>
        <translation>Figura %1.</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Supervivencia</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate of survival by %1</source>
        <translation>Estimación de Kaplan-Meier de la supervivencia según %1</translation>
    </message>
    <message>
        <source>Kaplan-Meier estimate of survival</source>
        <translation>Estimación de Kaplan-Meier de la supervivencia</translation>
    </message>
    <message>
        <source>shaded: pointwise %1 confidence intervals (%2)</source>
        <translation>sombreado: intervalos de confianza puntuales del %1 (%2)</translation>
    </message>
    <message>
        <source>ticks: censored patients</source>
        <translation>marcas: pacientes censurados</translation>
    </message>
    <message>
        <source>dashed lines: median survival</source>
        <translation>líneas discontinuas: supervivencia mediana</translation>
    </message>
    <message>
        <source>curves end where the number at risk falls below %1</source>
        <translation>las curvas terminan donde el número en riesgo baja de %1</translation>
    </message>
    <message>
        <source>under the time axis, per group, the patients at risk and the cumulative numbers censored and with an event at each time</source>
        <translation>bajo el eje del tiempo, por grupo, los pacientes en riesgo y los números acumulados de censurados y de eventos en cada tiempo</translation>
    </message>
    <message>
        <source>under the time axis, the number at risk at each time</source>
        <translation>bajo el eje del tiempo, el número en riesgo en cada tiempo</translation>
    </message>
    <message>
        <source>Log-rank test p %1.</source>
        <translation>Prueba de log-rank p %1.</translation>
    </message>
    <message>
        <source>Log-rank test p = %1.</source>
        <translation>Prueba de log-rank p = %1.</translation>
    </message>
    <message>
        <source>Symptom relief</source>
        <translation>Alivio de los síntomas</translation>
    </message>
    <message>
        <source>Patients whose carcinoid syndrome improved and whose obstruction was relieved after treatment, in percent of those who had the symptom, with n/N above each bar, Wilson 95% confidence intervals as whiskers and the test of each comparison under its bars.</source>
        <translation>Pacientes cuyo síndrome carcinoide mejoró y cuya obstrucción se resolvió tras el tratamiento, en porcentaje de los que tenían el síntoma, con n/N sobre cada barra, intervalos de confianza del 95 % de Wilson como barras de error y la prueba de cada comparación bajo sus barras.</translation>
    </message>
    <message>
        <source>Survival was estimated by the Kaplan-Meier method with Greenwood standard errors and %1 %2 confidence intervals (R survival::survfit); median follow-up by the reverse Kaplan-Meier method.</source>
        <translation>La supervivencia se estimó con el método de Kaplan-Meier con errores estándar de Greenwood e intervalos de confianza del %1 (%2) (R survival::survfit); la mediana de seguimiento, con el método de Kaplan-Meier inverso.</translation>
    </message>
    <message>
        <source>Survival curves were compared with the log-rank test (survival::survdiff).</source>
        <translation>Las curvas de supervivencia se compararon con la prueba de log-rank (survival::survdiff).</translation>
    </message>
    <message>
        <source>Hazard ratios with Wald %1 confidence intervals come from a Cox proportional hazards model with %2 ties (survival::coxph).</source>
        <translation>Los cocientes de riesgos, con intervalos de confianza de Wald del %1, proceden de un modelo de riesgos proporcionales de Cox con el método de %2 para los empates (survival::coxph).</translation>
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
        <translation>la prueba χ² de Pearson sin corrección de continuidad (chisq.test)</translation>
    </message>
    <message>
        <source>the χ² test with Yates&apos; continuity correction (chisq.test)</source>
        <translation>la prueba χ² con la corrección de continuidad de Yates (chisq.test)</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test (fisher.test)</source>
        <translation>la prueba exacta de Fisher (fisher.test)</translation>
    </message>
    <message>
        <source>the Wilcoxon rank-sum test (wilcox.test)</source>
        <translation>la prueba de suma de rangos de Wilcoxon (wilcox.test)</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test (t.test)</source>
        <translation>la prueba t de Welch (t.test)</translation>
    </message>
    <message>
        <source>Proportions are given with Wilson score %1 confidence intervals (prop.test).</source>
        <translation>Las proporciones se dan con intervalos de confianza del %1 de Wilson (prop.test).</translation>
    </message>
    <message>
        <source>Groups were compared with %1; Table 1 names the test of each row (by default Pearson&apos;s χ² when every expected count is at least 5, else Fisher&apos;s exact test, and the Wilcoxon test for continuous variables).</source>
        <translation>Los grupos se compararon con %1; la tabla 1 indica la prueba de cada fila (por defecto la χ² de Pearson cuando todas las frecuencias esperadas son al menos 5, si no la prueba exacta de Fisher, y la prueba de Wilcoxon para las variables continuas).</translation>
    </message>
    <message>
        <source>All tests are two-sided. CohortLens reproduces R survival 3.x and R stats to a relative difference of 1e-6; its methods are documented in docs/methods.md.</source>
        <translation>Todas las pruebas son bilaterales. CohortLens reproduce R survival 3.x y R stats con una diferencia relativa de 1e-6; sus métodos se describen en docs/methods.md.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparación de los grupos</translation>
    </message>
    <message>
        <source>Table 1.</source>
        <translation>Tabla 1.</translation>
    </message>
    <message>
        <source>Patients, outcomes and survival by %1; %2.</source>
        <translation>Pacientes, resultados y supervivencia según %1; %2.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>Table 1 (continued)</source>
        <translation>Tabla 1 (continuación)</translation>
    </message>
    <message>
        <source>Synthetic demo data — not real patients</source>
        <translation>Datos de demostración sintéticos — no son pacientes reales</translation>
    </message>
    <message>
        <source>CohortLens %1</source>
        <translation>CohortLens %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalAnalysis</name>
    <message>
        <source>this file is not in the native registry format, so name the columns to analyse: --time COLUMN --event COLUMN [--event-value VALUE] [--group COLUMN]; the columns are %1</source>
        <translation>este archivo no está en el formato de registro nativo, así que indique las columnas que analizar: --time COLUMNA --event COLUMNA [--event-value VALOR] [--group COLUMNA]; las columnas son %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 «%2» no es un número</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 es negativo</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither an event (%3) nor a censoring (%4); name the event with --event-value</source>
        <translation>%1 «%2» no es ni un evento (%3) ni una censura (%4); indique el evento con --event-value</translation>
    </message>
    <message>
        <source>--reference %1: %2 has no such level; its levels are %3</source>
        <translation>--reference %1: %2 no tiene ese nivel; sus niveles son %3</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalCommand</name>
    <message>
        <source>Kaplan-Meier survival per group with Greenwood confidence intervals, median and quantiles, survival at chosen times, restricted mean, median follow-up; log-rank, Peto-Peto and Gehan-Breslow-Wilcoxon tests; Cox proportional hazards. Results agree with R survival.</source>
        <translation>Supervivencia de Kaplan-Meier por grupo con intervalos de confianza de Greenwood, mediana y cuantiles, supervivencia en tiempos elegidos, media restringida, mediana de seguimiento; pruebas de log-rank, Peto-Peto y Gehan-Breslow-Wilcoxon; modelo de riesgos proporcionales de Cox. Los resultados coinciden con R survival.</translation>
    </message>
    <message>
        <source>The follow-up time column (default followup_months).</source>
        <translation>La columna del tiempo de seguimiento (por defecto followup_months).</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>COL</translation>
    </message>
    <message>
        <source>The event column (default status).</source>
        <translation>La columna del evento (por defecto status).</translation>
    </message>
    <message>
        <source>A value meaning the event happened (repeatable; default 1, yes, true, dead).</source>
        <translation>Un valor que indica que el evento ocurrió (repetible; por defecto 1, yes, true, dead).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The group column (default arm), or none.</source>
        <translation>La columna de grupo (por defecto arm) o none.</translation>
    </message>
    <message>
        <source>Confidence intervals: log-log, log or plain.</source>
        <translation>Intervalos de confianza: log-log, log o plain.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Confidence level.</source>
        <translation>Nivel de confianza.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>Times for S(t) and the number at risk (default 12,36,60 for the native schema).</source>
        <translation>Tiempos para S(t) y el número en riesgo (por defecto 12,36,60 con el esquema nativo).</translation>
    </message>
    <message>
        <source>T,...</source>
        <translation>T,...</translation>
    </message>
    <message>
        <source>Horizon of the restricted mean (default the largest --at).</source>
        <translation>Horizonte de la media restringida (por defecto el mayor --at).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Quantiles of survival time to report, e.g. 0.25,0.5,0.75.</source>
        <translation>Cuantiles del tiempo de supervivencia que se informarán, p. ej. 0.25,0.5,0.75.</translation>
    </message>
    <message>
        <source>P,...</source>
        <translation>P,...</translation>
    </message>
    <message>
        <source>The reference level of the hazard ratios.</source>
        <translation>El nivel de referencia de los cocientes de riesgos.</translation>
    </message>
    <message>
        <source>Cox ties: efron or breslow.</source>
        <translation>Empates en el modelo de Cox: efron o breslow.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>Adjust the Cox model for these columns.</source>
        <translation>Ajustar el modelo de Cox por estas columnas.</translation>
    </message>
    <message>
        <source>COL,...</source>
        <translation>COL,...</translation>
    </message>
    <message>
        <source>Add the log-rank test for trend over the groups in their order.</source>
        <translation>Añadir la prueba de log-rank de tendencia sobre los grupos en su orden.</translation>
    </message>
    <message>
        <source>--conf-type %1: use log-log, log or plain</source>
        <translation>--conf-type %1: use log-log, log o plain</translation>
    </message>
    <message>
        <source>--conf-level %1: give a number between 0 and 1, e.g. 0.95</source>
        <translation>--conf-level %1: indique un número entre 0 y 1, p. ej. 0.95</translation>
    </message>
    <message>
        <source>--at %1: give times &gt;= 0 separated by commas, e.g. 12,36,60</source>
        <translation>--at %1: indique tiempos &gt;= 0 separados por comas, p. ej. 12,36,60</translation>
    </message>
    <message>
        <source>--tau %1: give a time &gt; 0</source>
        <translation>--tau %1: indique un tiempo &gt; 0</translation>
    </message>
    <message>
        <source>--quantiles %1: give probabilities between 0 and 1, e.g. 0.25,0.5,0.75</source>
        <translation>--quantiles %1: indique probabilidades entre 0 y 1, p. ej. 0.25,0.5,0.75</translation>
    </message>
    <message>
        <source>--ties %1: use efron or breslow</source>
        <translation>--ties %1: use efron o breslow</translation>
    </message>
    <message>
        <source>no patient is left to analyse (check the filter and the excluded rows)</source>
        <translation>no queda ningún paciente que analizar (compruebe el filtro y las filas excluidas)</translation>
    </message>
</context>
<context>
    <name>CohortLens::SurvivalFormatter</name>
    <message>
        <source>Survival: %1, event %2</source>
        <translation>Supervivencia: %1, evento %2</translation>
    </message>
    <message>
        <source>, everyone as one group</source>
        <translation>, todos en un solo grupo</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) analysed</source>
        <translation>
            <numerusform>%n paciente analizado</numerusform>
            <numerusform>%n pacientes analizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) excluded</source>
        <translation>
            <numerusform>; %n fila excluida</numerusform>
            <numerusform>; %n filas excluidas</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 %2 confidence intervals</source>
        <translation>; intervalos de confianza del %1 (%2)</translation>
    </message>
    <message>
        <source>  row %1 excluded: %2</source>
        <translation>  fila %1 excluida: %2</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NA</translation>
    </message>
    <message>
        <source>median survival: %1 (%2)</source>
        <translation>mediana de supervivencia: %1 (%2)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <source>%1 quantile: %2 (%3)</source>
        <translation>cuantil %1: %2 (%3)</translation>
    </message>
    <message>
        <source>S(%1): not estimable (no patient followed that long)</source>
        <translation>S(%1): no estimable (ningún paciente con un seguimiento tan largo)</translation>
    </message>
    <message>
        <source>S(%1) = %2 (%3), %4 at risk</source>
        <translation>S(%1) = %2 (%3), %4 en riesgo</translation>
    </message>
    <message>
        <source>restricted mean survival to %1: %2 (SE %3)</source>
        <translation>supervivencia media restringida hasta %1: %2 (EE %3)</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>ND</translation>
    </message>
    <message>
        <source>median follow-up (reverse Kaplan-Meier): %1 (%2)</source>
        <translation>mediana de seguimiento (Kaplan-Meier inverso): %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: chi-square %2 on %n df, p = %3</source>
        <translation>
            <numerusform>%1: chi cuadrado %2 con %n gl, p = %3</numerusform>
            <numerusform>%1: chi cuadrado %2 con %n gl, p = %3</numerusform>
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
        <translation>Prueba de log-rank de tendencia</translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation>, referencia %1</translation>
    </message>
    <message>
        <source>the model did not converge; its estimates are not reliable</source>
        <translation>el modelo no convergió; sus estimaciones no son fiables</translation>
    </message>
    <message>
        <source>%1: hazard ratio not estimable (monotone likelihood: the coefficient tends to infinity, e.g. a group without events)</source>
        <translation>%1: cociente de riesgos no estimable (verosimilitud monótona: el coeficiente tiende a infinito, p. ej. un grupo sin eventos)</translation>
    </message>
    <message>
        <source>%1: hazard ratio %2 (%3), p = %4</source>
        <translation>%1: cociente de riesgos %2 (%3), p = %4</translation>
    </message>
    <message>
        <source>likelihood ratio p = %1, Wald p = %2, score p = %3</source>
        <translation>prueba de razón de verosimilitud p = %1, prueba de Wald p = %2, prueba de puntuación (score) p = %3</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cox proportional hazards (%1 ties), %2, %3</source>
        <translation>Modelo de riesgos proporcionales de Cox (empates: %1), %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n patient(s) left out for a missing covariate</source>
        <translation>
            <numerusform>; %n paciente omitido por falta de una covariable</numerusform>
            <numerusform>; %n pacientes omitidos por falta de una covariable</numerusform>
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
        <translation>Pacientes (%)</translation>
    </message>
    <message>
        <source>Symptom relief after treatment</source>
        <translation>Alivio de los síntomas tras el tratamiento</translation>
    </message>
    <message>
        <source>Carcinoid syndrome improved</source>
        <translation>Síndrome carcinoide mejorado</translation>
    </message>
    <message>
        <source>no test: all improved</source>
        <translation>sin prueba: todos mejoraron</translation>
    </message>
    <message>
        <source>no test: none improved</source>
        <translation>sin prueba: ninguno mejoró</translation>
    </message>
    <message>
        <source>Obstruction relieved</source>
        <translation>Obstrucción resuelta</translation>
    </message>
    <message>
        <source>no test: all relieved</source>
        <translation>sin prueba: resuelta en todos</translation>
    </message>
    <message>
        <source>no test: none relieved</source>
        <translation>sin prueba: resuelta en ninguno</translation>
    </message>
    <message>
        <source>no test: no patients</source>
        <translation>sin prueba: ningún paciente</translation>
    </message>
    <message>
        <source>no test: a group has no patients</source>
        <translation>sin prueba: un grupo sin pacientes</translation>
    </message>
    <message>
        <source>Percent of the patients who had the symptom, with n/N above each bar; whiskers: 95% confidence interval (Wilson).</source>
        <translation>Porcentaje de los pacientes que tenían el síntoma, con n/N sobre cada barra; barras de error: intervalo de confianza del 95&#xa0;% (Wilson).</translation>
    </message>
    <message>
        <source>no patients</source>
        <translation>ningún paciente</translation>
    </message>
</context>
<context>
    <name>CohortLens::TableExporter</name>
    <message>
        <source>Counts are n/N (%) of the patients with a value; continuous values mean (SD), median (interquartile range) and range; survival estimates with their confidence interval. NR: not reached. p-values are two-sided.</source>
        <translation>Los recuentos son n/N (%) de los pacientes con un valor; valores continuos: media (DE), mediana (rango intercuartílico) y rango; estimaciones de supervivencia con su intervalo de confianza. NA: no alcanzada. Los valores de p son bilaterales.</translation>
    </message>
    <message>
        <source>Comparison of the groups</source>
        <translation>Comparación de los grupos</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>✓ yes, — no; an empty cell has no value in the registry.</source>
        <translation>✓ sí, — no; una celda vacía no tiene valor en el registro.</translation>
    </message>
</context>
<context>
    <name>CohortLens::ValidationProblem</name>
    <message>
        <source>row %1, column %2</source>
        <translation>fila %1, columna %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>header, column %1</source>
        <translation>encabezado, columna %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>%1, value &quot;%2&quot;</source>
        <translation>%1, valor «%2»</translation>
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
        <translation>&quot;%1&quot; no contiene ninguna comparación; escriba COLUMNA OP VALOR, siendo OP uno de = != &lt; &lt;= &gt; &gt;=, p. ej. &quot;age &gt;= 60&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;!&quot; must be followed by &quot;=&quot;</source>
        <translation>&quot;%1&quot;: &quot;!&quot; debe ir seguido de &quot;=&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write one operator of = != &lt; &lt;= &gt; &gt;=</source>
        <translation>&quot;%1&quot;: escriba uno de los operadores = != &lt; &lt;= &gt; &gt;=</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column before the operator</source>
        <translation>&quot;%1&quot; no tiene ninguna columna antes del operador</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value after the operator</source>
        <translation>&quot;%1&quot; no tiene ningún valor después del operador</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display was found (DISPLAY is not set), so the window cannot open. The registry&apos;s figures instead:</source>
        <translation>No se encontró ninguna pantalla (DISPLAY no está definida), así que la ventana no puede abrirse. En su lugar, las cifras del registro:</translation>
    </message>
    <message>
        <source>Synthetic demo registry (not real patients)</source>
        <translation>Registro de demostración sintético (no son pacientes reales)</translation>
    </message>
    <message>
        <source>CohortLens — a viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and per-arm comparisons.

Subcommands (run without a display): import, survival, compare, export, report. Run cohortlens SUBCOMMAND --help for their options.</source>
        <translation>CohortLens — un visor de resultados clínicos: curvas de Kaplan-Meier, alivio de los síntomas y comparaciones por brazo.

Subcomandos (se ejecutan sin pantalla): import, survival, compare, export, report. Ejecute cohortlens SUBCOMANDO --help para ver sus opciones.</translation>
    </message>
    <message>
        <source>Open the synthetic demo registry.</source>
        <translation>Abrir el registro de demostración sintético.</translation>
    </message>
    <message>
        <source>A registry to open: CSV file or database.</source>
        <translation>Un registro que abrir: archivo CSV o base de datos.</translation>
    </message>
    <message>
        <source>The charts, the comparison table and the methods are in a PDF report:</source>
        <translation>Los gráficos, la tabla de comparación y los métodos están en un informe PDF:</translation>
    </message>
    <message>
        <source>The language of the window and the report: en, de, fr or es (default: the system&apos;s, or the last one chosen).</source>
        <translation>El idioma de la ventana y del informe: en, de, fr o es (por defecto: el del sistema o el último elegido).</translation>
    </message>
</context>
</TS>
