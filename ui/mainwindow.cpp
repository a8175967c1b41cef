// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "chartexporter.h"
#include "columnmappingdialog.h"
#include "comparisonpanel.h"
#include "comparisontablemodel.h"
#include "exportdialog.h"
#include "filterpanel.h"
#include "importproblemsdialog.h"
#include "kaplanmeierchart.h"
#include "localization.h"
#include "methodsdialog.h"
#include "nativeschema.h"
#include "patientsortproxy.h"
#include "patienttablemodel.h"
#include "registrystore.h"
#include "symptomreliefchart.h"
#include "tableexporter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtConcurrent>

namespace CohortLens {

namespace {

constexpr int MaxRecentFiles = 8;
const QString recentKey = QStringLiteral("files/recent");
const QString connectionKey = QStringLiteral("files/lastConnection");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new AnalysisController(this))
    , m_readWatcher(new QFutureWatcher<ImportReport>(this))
    , m_importWatcher(new QFutureWatcher<ImportReport>(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createCentralWidget();
    createDocks();
    createChartActions();
    createMenus();
    createStatusBar();
    retranslateUi();
    readSettings();
    updateTitle();

    // The table reads its rows from the registry a page at a time (a million patients do
    // not fit a table in memory), so the analysis leaves its columns out.
    m_controller->setTable(AnalysisController::Table::RowNumbers);
    connect(m_controller, &AnalysisController::resultsReady, this, &MainWindow::showSnapshot);
    connect(m_controller, &AnalysisController::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Computing…"));
        else
            statusBar()->clearMessage();
    });
    connect(m_readWatcher, &QFutureWatcher<ImportReport>::finished, this, &MainWindow::csvRead);
    connect(m_importWatcher,
            &QFutureWatcher<ImportReport>::finished,
            this,
            &MainWindow::registryImported);
}

MainWindow::~MainWindow()
{
    m_cancel = true;
    m_readWatcher->waitForFinished();
    m_importWatcher->waitForFinished();
}

QString MainWindow::demoResourcePath()
{
    return QStringLiteral(":/demo/net-registry-synthetic.csv");
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

// The texts that are not rebuilt with the menus. The menus are made again in the new
// language; the results are computed again, because the comparison's rows and tests are
// named by the analysis.
void MainWindow::retranslateUi()
{
    if (m_languageChanges++ > 0) {
        // A menu may be the one whose action changed the language: it goes once that
        // action has returned.
        const auto menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
        menuBar()->clear();
        for (QMenu *menu : menus)
            menu->deleteLater();
        createMenus();
    }
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("filterDock")))
        dock->setWindowTitle(tr("Filters"));
    m_kaplanMeier->setAccessibleName(tr("Kaplan-Meier survival chart"));
    m_relief->setAccessibleName(tr("Symptom relief chart"));
    m_noRelief->setText(tr("The symptom-relief chart needs the registry columns "
                           "cs_improved and obstruction_relieved."));
    m_table->setAccessibleName(tr("Patients"));
    m_tabs->setTabText(m_tabs->indexOf(m_comparison), tr("Co&mparison"));
    m_tabs->setTabText(m_tabs->indexOf(m_table), tr("&Patients"));
    for (QAction *action : std::as_const(m_chartActions)) {
        if (action->objectName() == u"exportChart")
            action->setText(tr("&Export Chart…"));
        else
            action->setText(tr("&Copy Chart as Image"));
    }
    if (m_demo)
        m_sourceName = tr("Demo registry");
    updateStatus();
    updateTitle();
    if (const int columns = m_model->columnCount(); columns > 0)
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    m_table->viewport()->update(); // its cells are formatted as they are drawn
    if (m_store)
        m_controller->setFilter(m_controller->filter());
}

// A right-click on a chart: export it, or copy it as an image for a slide. Made once;
// retranslateUi() names them.
void MainWindow::createChartActions()
{
    const auto chartMenu = [this](QWidget *chart, Export what) {
        chart->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *exportChart = new QAction(chart);
        exportChart->setObjectName(QStringLiteral("exportChart"));
        connect(exportChart, &QAction::triggered, this, [this, what] { chooseExport(what); });
        auto *copyChart = new QAction(chart);
        copyChart->setObjectName(QStringLiteral("copyChart"));
        connect(copyChart, &QAction::triggered, this, [this, what] {
            const ChartExporter exporter = what == Export::KaplanMeier
                                               ? ChartExporter::kaplanMeier(*m_kaplanMeier)
                                               : ChartExporter::symptomRelief(*m_relief);
            // Twice the default column at screen resolution: sharp on a slide.
            if (QClipboard *clipboard = QGuiApplication::clipboard())
                clipboard->setImage(exporter.image(ChartExporter::defaultPixelSize(192), 192));
        });
        chart->addAction(exportChart);
        chart->addAction(copyChart);
        m_chartActions << exportChart << copyChart;
        return exportChart;
    };
    chartMenu(m_kaplanMeier, Export::KaplanMeier);
    m_exportReliefChartAction = chartMenu(m_relief, Export::Relief);
}

// The menu bar, in the language of the moment; made again when it changes. The chart
// options keep their state across.
void MainWindow::createMenus()
{
    m_exportActions = m_chartActions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a registry: a CSV file or a database made by cohortlens import"));
    QAction *connection = file->addAction(tr("Open Database &Connection…"),
                                          this,
                                          &MainWindow::chooseConnection);
    connection->setStatusTip(
        tr("Open a registry that several sites share, on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *demo = file->addAction(tr("Open &Demo Registry"), this, [this] { openDemo(); });
    demo->setStatusTip(tr("Open the bundled synthetic demo registry"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import CSV into Registry…"),
                                      this,
                                      &MainWindow::chooseImport);
    import->setStatusTip(tr("Check a CSV file and store it in a registry database"));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const auto addExport = [&](const QString &name,
                               const QString &text,
                               const QString &tip,
                               Export what) {
        QAction *action = exportMenu->addAction(text, this, [this, what] { chooseExport(what); });
        action->setObjectName(name);
        action->setStatusTip(tip);
        m_exportActions << action;
        return action;
    };
    addExport(QStringLiteral("exportKaplanMeier"),
              tr("&Kaplan-Meier Chart…"),
              tr("Save the survival chart with its number-at-risk table as PNG, PDF or SVG"),
              Export::KaplanMeier);
    m_exportReliefAction = addExport(QStringLiteral("exportRelief"),
                                     tr("&Symptom-Relief Chart…"),
                                     tr("Save the symptom-relief chart as PNG, PDF or SVG"),
                                     Export::Relief);
    exportMenu->addSeparator();
    addExport(QStringLiteral("exportComparison"),
              tr("&Comparison Table…"),
              tr("Save the comparison table, with the test of each row, as CSV or HTML"),
              Export::Comparison);
    addExport(QStringLiteral("exportPatients"),
              tr("&Patient Table…"),
              tr("Save the patients the filter selects as CSV or HTML"),
              Export::Patients);
    exportMenu->addSeparator();
    QAction *report = addExport(QStringLiteral("exportReport"),
                                tr("&Report (PDF)…"),
                                tr("Save a one-file PDF report: data source, filter, charts, "
                                   "comparison table and methods"),
                                Export::Report);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print Report…"), this, &MainWindow::printReport);
    print->setObjectName(QStringLiteral("print"));
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print the report: data source, filter, charts, comparison table and "
                           "methods"));
    m_exportActions << print;
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentFilesMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copy);
    copy->setObjectName(QStringLiteral("copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected rows of the table in front (or all of it) as "
                          "tab-separated text"));
    QAction *copyComparison = edit->addAction(tr("Copy Co&mparison Table"), this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_comparison->toTsv(false));
    });
    copyComparison->setObjectName(QStringLiteral("copyComparisonTable"));
    copyComparison->setStatusTip(tr("Copy the whole comparison table as tab-separated text"));
    QAction *copyPatients = edit->addAction(tr("Copy &Patient Table"), this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(patientsTsv(false));
    });
    copyPatients->setObjectName(QStringLiteral("copyPatientTable"));
    copyPatients->setStatusTip(tr("Copy the patients the filter selects as tab-separated text"));
    m_exportActions << copy << copyComparison << copyPatients;

    updateExportActions();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *filters = findChild<QDockWidget *>(QStringLiteral("filterDock"));
    QAction *filterAction = filters->toggleViewAction();
    filterAction->setText(tr("&Filters"));
    filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    view->addAction(filterAction);
    QAction *reset = view->addAction(tr("&Reset Filters"), this, [this] { m_filterPanel->reset(); });
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"), this, &MainWindow::toggleFullScreen);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    fullScreen->setChecked(isFullScreen());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString chosen = Localization::savedLanguage();
    const auto addLanguage = [&](const QString &code, const QString &text) {
        QAction *action = language->addAction(text);
        action->setObjectName(QStringLiteral("language:") + code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    };
    addLanguage(QString(), tr("&System Language"));
    language->addSeparator();
    // Each language by its own name, so that it can be found whatever the current one.
    for (const QString &code : Localization::languages())
        addLanguage(code, Localization::nativeName(code));

    QMenu *chart = menuBar()->addMenu(tr("&Chart"));
    auto option = [&](QAction *&action, const QString &text, bool checked) {
        const bool wasChecked = action ? action->isChecked() : checked;
        action = chart->addAction(text);
        action->setCheckable(true);
        action->setChecked(wasChecked);
        connect(action, &QAction::toggled, this, &MainWindow::chartOptionsChanged);
    };
    const KaplanMeierChartOptions defaults;
    option(m_bandsAction, tr("Confidence &Bands"), defaults.confidenceBands);
    option(m_censorAction, tr("&Censor Marks"), defaults.censorMarks);
    option(m_medianAction, tr("&Median Lines"), defaults.medianLines);
    option(m_pValueAction, tr("Log-rank &p-Value"), defaults.showPValue);
    chart->addSeparator();
    option(m_riskTableAction, tr("Number at &Risk Table"), defaults.riskTable);
    option(m_kmunicateAction,
           tr("Censored and &Events Rows (KMunicate)"),
           defaults.extendedRiskTable);
    m_kmunicateAction->setEnabled(m_riskTableAction->isChecked());
    chart->addSeparator();
    option(m_yearsAction, tr("Time in &Years"), defaults.years);
    chart->addAction(tr("&Stop Curves Below n at Risk…"), this, &MainWindow::chooseMinimumAtRisk);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *methods = help->addAction(tr("&Statistical Methods"), this, [this] {
        auto *dialog = new MethodsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    methods->setObjectName(QStringLiteral("statisticalMethods"));
    methods->setStatusTip(tr("How each figure is computed, and the R call that gives the same"));
    methods->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About CohortLens"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setLanguage(const QString &code)
{
    Localization::saveLanguage(code);
    Localization::install(Localization::startupLocale(code));
    // Widgets take the default locale when made; those made before follow this one.
    setLocale(QLocale());
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>CohortLens %1</h3>"
                      "<p>A viewer of clinical outcomes: Kaplan-Meier curves, symptom relief and "
                      "per-arm comparisons, with statistics that agree with R survival.</p>"
                      "<p>Licence: GNU General Public License, version 3 or later.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    if (m_demo)
        text += tr("<p><b>The demo registry is synthetic.</b> It reproduces the published "
                   "aggregates of a surgical series; no real patient is in it.</p>");
    QMessageBox::about(this, tr("About CohortLens"), text);
}

void MainWindow::createDocks()
{
    m_filterPanel = new FilterPanel(this);
    m_filterPanel->setObjectName(QStringLiteral("filterPanel"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_filterPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("filterDock"));
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_filterPanel,
            &FilterPanel::filterChanged,
            m_controller,
            &AnalysisController::setFilter);
}

void MainWindow::createCentralWidget()
{
    m_kaplanMeier = new KaplanMeierChart(this);
    m_kaplanMeier->setObjectName(QStringLiteral("kaplanMeierChart"));
    m_relief = new SymptomReliefChart(this);
    m_relief->setObjectName(QStringLiteral("reliefChart"));
    m_noRelief = new QLabel(this);
    m_noRelief->setAlignment(Qt::AlignCenter);
    m_noRelief->setWordWrap(true);
    m_reliefStack = new QStackedWidget(this);
    m_reliefStack->addWidget(m_relief);
    m_reliefStack->addWidget(m_noRelief);

    m_chartSplitter = new QSplitter(Qt::Horizontal, this);
    m_chartSplitter->setObjectName(QStringLiteral("chartSplitter"));
    m_chartSplitter->addWidget(m_kaplanMeier);
    m_chartSplitter->addWidget(m_reliefStack);
    m_chartSplitter->setStretchFactor(0, 3);
    m_chartSplitter->setStretchFactor(1, 2);

    m_comparison = new ComparisonPanel(this);
    m_comparison->setObjectName(QStringLiteral("comparisonPanel"));

    m_model = new PatientTableModel(this);
    m_proxy = new PatientSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_comparison, QString()); // titles: retranslateUi()
    m_tabs->addTab(m_table, QString());

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_chartSplitter);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    setCentralWidget(m_mainSplitter);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("patientCount"));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("dataSource"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_sourceLabel);
    updateStatus();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: the whole screen of a laptop, a comfortable size on a large one.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(std::min(1600, screen.width()), std::min(1000, screen.height()));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The survival curves matter most: they get the larger share until the user decides.
    if (!m_chartSplitter->restoreState(
            settings.value(QStringLiteral("window/charts")).toByteArray()))
        m_chartSplitter->setSizes({600, 400});
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/main")).toByteArray()))
        m_mainSplitter->setSizes({520, 480});
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    settings.beginGroup(QStringLiteral("chart"));
    const KaplanMeierChartOptions defaults;
    m_bandsAction->setChecked(
        settings.value(QStringLiteral("bands"), defaults.confidenceBands).toBool());
    m_censorAction->setChecked(
        settings.value(QStringLiteral("censorMarks"), defaults.censorMarks).toBool());
    m_medianAction->setChecked(
        settings.value(QStringLiteral("medianLines"), defaults.medianLines).toBool());
    m_pValueAction->setChecked(
        settings.value(QStringLiteral("pValue"), defaults.showPValue).toBool());
    m_riskTableAction->setChecked(
        settings.value(QStringLiteral("riskTable"), defaults.riskTable).toBool());
    m_kmunicateAction->setChecked(
        settings.value(QStringLiteral("kmunicate"), defaults.extendedRiskTable).toBool());
    m_yearsAction->setChecked(settings.value(QStringLiteral("years"), defaults.years).toBool());
    m_minimumAtRisk = settings.value(QStringLiteral("minimumAtRisk"), 0).toInt();
    settings.endGroup();
    chartOptionsChanged();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/charts"), m_chartSplitter->saveState());
    settings.setValue(QStringLiteral("window/main"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    const KaplanMeierChartOptions o = m_kaplanMeier->options();
    settings.beginGroup(QStringLiteral("chart"));
    settings.setValue(QStringLiteral("bands"), o.confidenceBands);
    settings.setValue(QStringLiteral("censorMarks"), o.censorMarks);
    settings.setValue(QStringLiteral("medianLines"), o.medianLines);
    settings.setValue(QStringLiteral("pValue"), o.showPValue);
    settings.setValue(QStringLiteral("riskTable"), o.riskTable);
    settings.setValue(QStringLiteral("kmunicate"), o.extendedRiskTable);
    settings.setValue(QStringLiteral("years"), o.years);
    settings.setValue(QStringLiteral("minimumAtRisk"), o.minimumAtRisk);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::chartOptionsChanged()
{
    KaplanMeierChartOptions o;
    o.confidenceBands = m_bandsAction->isChecked();
    o.censorMarks = m_censorAction->isChecked();
    o.medianLines = m_medianAction->isChecked();
    o.showPValue = m_pValueAction->isChecked();
    o.riskTable = m_riskTableAction->isChecked();
    o.extendedRiskTable = m_kmunicateAction->isChecked();
    o.years = m_yearsAction->isChecked();
    o.minimumAtRisk = m_minimumAtRisk;
    m_kmunicateAction->setEnabled(o.riskTable);
    m_kaplanMeier->setOptions(o);
}

void MainWindow::chooseMinimumAtRisk()
{
    bool ok = false;
    const int n = QInputDialog::getInt(this,
                                       tr("Stop Curves"),
                                       tr("Stop drawing a curve when fewer than this many "
                                          "patients remain at risk (0: draw to the end):"),
                                       m_minimumAtRisk,
                                       0,
                                       1000,
                                       1,
                                       &ok);
    if (!ok)
        return;
    m_minimumAtRisk = n;
    chartOptionsChanged();
}

void MainWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

bool MainWindow::openDemo()
{
    return startOpen(demoResourcePath(), tr("Demo registry"), true);
}

bool MainWindow::openRegistry(const QString &path)
{
    if (RegistryStore::isServerLocation(path)) {
        const bool started = openServer(path);
        if (started)
            addRecentFile(RegistryStore::displayLocation(path));
        return started;
    }
    const bool started = startOpen(path, QFileInfo(path).fileName(), false);
    if (started)
        addRecentFile(QFileInfo(path).absoluteFilePath());
    return started;
}

// A shared registry on PostgreSQL. The password, when the server asks for one that neither
// the address, PGPASSWORD nor ~/.pgpass gives, is asked for here and kept in memory only.
bool MainWindow::openServer(const QString &location)
{
    if (m_opening) {
        statusBar()->showMessage(tr("Still opening %1…").arg(m_pending.displayName), 3000);
        return false;
    }
    const QString shown = RegistryStore::displayLocation(location);
    auto store = std::make_unique<RegistryStore>();
    bool opened = store->open(location, RegistryStore::Access::ReadOnly);
    while (!opened && store->errorString().contains(QLatin1String("password"))) {
        bool ok = false;
        const QString password = QInputDialog::getText(this,
                                                       tr("Open Database Connection"),
                                                       tr("Password for %1:").arg(shown),
                                                       QLineEdit::Password,
                                                       QString(),
                                                       &ok);
        if (!ok)
            return false;
        RegistryStore::rememberPassword(location, password);
        opened = store->open(location, RegistryStore::Access::ReadOnly);
    }
    if (!opened || !store->hasRegistry()) {
        QMessageBox::warning(this,
                             tr("Open Database Connection"),
                             opened ? tr("%1 holds no registry yet; import a CSV into it first.")
                                          .arg(shown)
                                    : store->errorString());
        return false;
    }
    m_pending = PendingOpen{store->path(), shown, false, RegistryStore::Layout::Native, nullptr};
    m_opening = true;
    adopt(std::move(store), {}, {});
    return true;
}

void MainWindow::chooseConnection()
{
    QSettings settings;
    bool ok = false;
    const QString location
        = QInputDialog::getText(this,
                                tr("Open Database Connection"),
                                tr("Address of a shared registry on PostgreSQL, such as "
                                   "postgresql://surgeon@registry.example.org:5432/net:"),
                                QLineEdit::Normal,
                                settings.value(connectionKey).toString(),
                                &ok)
              .trimmed();
    if (!ok || location.isEmpty())
        return;
    if (!RegistryStore::isServerLocation(location)) {
        QMessageBox::warning(this,
                             tr("Open Database Connection"),
                             tr("%1 is not a database address; write it as "
                                "postgresql://user@host:port/database.")
                                 .arg(RegistryStore::displayLocation(location)));
        return;
    }
    // Never the password: only the address is remembered.
    settings.setValue(connectionKey, RegistryStore::displayLocation(location));
    openRegistry(location);
}

bool MainWindow::startOpen(const QString &path, const QString &displayName, bool demo)
{
    if (m_opening) {
        statusBar()->showMessage(tr("Still opening %1…").arg(m_pending.displayName), 3000);
        return false;
    }
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        QMessageBox::warning(this,
                             tr("Open Registry"),
                             info.isDir() ? tr("%1 is a folder; choose a CSV file or a registry "
                                               "database.")
                                                .arg(path)
                                          : tr("%1 does not exist.").arg(path));
        return false;
    }

    m_pending = PendingOpen{path, displayName, demo, RegistryStore::Layout::Native, nullptr};
    if (RegistryStore::isSqliteFile(path)) {
        auto store = std::make_unique<RegistryStore>();
        if (!store->open(path, RegistryStore::Access::ReadOnly) || !store->hasRegistry()) {
            QMessageBox::warning(this,
                                 tr("Open Registry"),
                                 store->errorString().isEmpty()
                                     ? tr("%1 holds no registry.").arg(displayName)
                                     : store->errorString());
            return false;
        }
        m_opening = true;
        adopt(std::move(store), {}, {});
        return true;
    }

    // A CSV is read into an in-memory registry by a worker thread; `keeper` holds the
    // registry open here so that it lives on after the worker's connection closes.
    m_pending.layout = RegistryImporter::csvLayout(path);
    m_pending.keeper = std::make_unique<RegistryStore>();
    if (!m_pending.keeper->open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite)) {
        QMessageBox::critical(this, tr("Open Registry"), m_pending.keeper->errorString());
        return false;
    }
    m_opening = true;
    m_cancel = false;
    m_progress = new QProgressDialog(tr("Reading %1…").arg(displayName), tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWindowTitle(tr("Open Registry"));
    m_progress->setMinimumDuration(400);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &MainWindow::cancelImport);

    const QString uri = m_pending.keeper->path();
    const RegistryStore::Layout layout = m_pending.layout;
    m_readWatcher->setFuture(QtConcurrent::run([this, uri, path, displayName, layout] {
        RegistryStore store;
        ImportReport report;
        QFile csv(path);
        if (!store.open(uri, RegistryStore::Access::ReadWrite) || !csv.open(QIODevice::ReadOnly)) {
            report.outcome = ImportReport::Outcome::Failed;
            report.message = store.errorString().isEmpty() ? csv.errorString()
                                                           : store.errorString();
            return report;
        }
        RegistryImporter importer;
        importer.setCancelFlag(&m_cancel);
        importer.setProgress([this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] {
                if (m_progress && total > 0)
                    m_progress->setValue(int(1000 * done / total));
            });
        });
        return importer.importInto(store,
                                   csv,
                                   displayName,
                                   ProvenanceEntry::Mode::Create,
                                   ColumnMapping(),
                                   layout);
    }));
    return true;
}

void MainWindow::cancelImport()
{
    m_cancel = true;
}

void MainWindow::csvRead()
{
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    const ImportReport report = m_readWatcher->result();
    if (report.outcome != ImportReport::Outcome::Imported) {
        m_opening = false;
        m_pending.keeper.reset();
        if (report.outcome == ImportReport::Outcome::Cancelled)
            statusBar()->showMessage(tr("Opening %1 was cancelled.").arg(m_pending.displayName),
                                     5000);
        else
            showProblems(m_pending.displayName, report);
        Q_EMIT registryOpened(false);
        return;
    }

    SurvivalRequest survival;
    ComparisonRequest comparison;
    if (m_pending.layout == RegistryStore::Layout::Generic) {
        // Another CSV: ask which columns are time, event and groups.
        RegistryStore &store = *m_pending.keeper;
        const QStringList columns = store.extraColumns();
        QMap<QString, QStringList> values;
        if (const auto loaded = store.loadColumns(columns, CohortFilter())) {
            for (qsizetype c = 0; c < columns.size(); ++c)
                values.insert(columns.at(c), loaded->values.at(c).distinct(40));
        }
        ColumnMappingDialog dialog(m_pending.displayName, columns, values, this);
        if (dialog.exec() != QDialog::Accepted) {
            m_opening = false;
            m_pending.keeper.reset();
            Q_EMIT registryOpened(false);
            return;
        }
        survival = dialog.request();
        comparison.group = survival.group;
        for (const QString &column : columns) {
            if (column != survival.time && column != survival.event && column != survival.group)
                comparison.variables
                    << ComparisonVariable{column, ComparisonVariable::Type::Automatic};
        }
    }
    adopt(std::move(m_pending.keeper), survival, comparison);
}

void MainWindow::adopt(std::unique_ptr<RegistryStore> store,
                       const SurvivalRequest &survival,
                       const ComparisonRequest &comparison)
{
    m_store = std::move(store);
    m_sourceName = m_pending.displayName;
    m_demo = m_pending.demo;
    m_opening = false;
    m_snapshot = CohortSnapshot();

    // The filter dock's choices come with the first results, read off the GUI thread.
    m_choices.reset();
    const bool native = m_store->layout() == RegistryStore::Layout::Native;
    if (native)
        m_filterPanel->setChoicesPending();
    m_filterPanel->setNativeFiltersEnabled(native);
    m_reliefStack->setCurrentIndex(native ? 0 : 1);
    updateExportActions();
    m_controller->setFilter(m_filterPanel->filter());
    m_controller->setRegistry(m_store->path(), survival, comparison);
    updateStatus();
    updateTitle();
    Q_EMIT registryOpened(true);
}

void MainWindow::showProblems(const QString &fileName, const ImportReport &report)
{
    if (report.outcome == ImportReport::Outcome::InvalidData) {
        ImportProblemsDialog dialog(fileName, report.problems, report.problemCount, this);
        dialog.exec();
        return;
    }
    QMessageBox::warning(this,
                         tr("Open Registry"),
                         tr("%1 was not opened: %2").arg(fileName, report.message));
}

void MainWindow::showSnapshot(const CohortSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (snapshot.choices && snapshot.choices != m_choices) {
        m_choices = snapshot.choices;
        m_filterPanel->setChoices(m_choices->arms,
                                  m_choices->sites,
                                  std::max(1.0, m_choices->maxAge),
                                  m_choices->maxFollowUp);
        // A choice the registry lacks (a site of the registry open before) is gone now.
        if (!(m_filterPanel->filter() == snapshot.filter)) {
            m_controller->setFilter(m_filterPanel->filter());
            return;
        }
    } else if (!snapshot.choices && m_filterPanel->choicesPending()) {
        m_filterPanel->setChoices({}, {}, 0, 0); // the registry could not be read
    }
    if (!m_store
        || !m_model->setRegistry(m_store->path(),
                                 snapshot.filter,
                                 m_controller->table() == AnalysisController::Table::RowNumbers
                                     ? std::optional<QList<qint64>>(snapshot.patients.ids)
                                     : std::nullopt))
        statusBar()->showMessage(m_model->errorString(), 8000);
    // The order the user chose, on the new rows.
    if (const QHeaderView *header = m_table->horizontalHeader();
        header->sortIndicatorSection() >= 0 && m_table->isSortingEnabled())
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (m_table->horizontalHeader()->count() > 0 && m_model->rowCount() < 5000)
        m_table->resizeColumnsToContents();
    const QString description = snapshot.filter.description();
    if (snapshot.survival) {
        m_kaplanMeier->setSubtitle(description);
        m_kaplanMeier->setResult(*snapshot.survival);
    }
    if (snapshot.comparison) {
        m_relief->setSubtitle(description);
        m_relief->setResult(*snapshot.comparison);
    }
    if (snapshot.survival && snapshot.comparison)
        m_comparison->setResults(*snapshot.comparison, *snapshot.survival, snapshot.overallSurvival);
    if (!snapshot.error.isEmpty())
        statusBar()->showMessage(snapshot.error, 8000);
    updateStatus();
    updateExportActions();
    Q_EMIT resultsShown();
}

bool MainWindow::waitUntilShown()
{
    if (m_opening) {
        QEventLoop loop;
        connect(this, &MainWindow::registryOpened, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!m_store)
        return false;
    m_controller->waitForResults();
    return m_snapshot.generation != 0;
}

void MainWindow::chooseFile()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("files/lastFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Open Registry"),
        folder,
        tr("Registries (*.csv *.sqlite *.db);;CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastFolder"), QFileInfo(path).absolutePath());
    openRegistry(path);
}

void MainWindow::chooseImport()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("files/lastFolder")).toString();
    const QString csv = QFileDialog::getOpenFileName(this,
                                                     tr("Import CSV into Registry"),
                                                     folder,
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (csv.isEmpty())
        return;
    const QString db = QFileDialog::getSaveFileName(this,
                                                    tr("Registry Database"),
                                                    QFileInfo(csv).absolutePath() + u'/'
                                                        + QFileInfo(csv).completeBaseName()
                                                        + QStringLiteral(".sqlite"),
                                                    tr("Registry databases (*.sqlite *.db)"),
                                                    nullptr,
                                                    QFileDialog::DontConfirmOverwrite);
    if (db.isEmpty())
        return;
    ProvenanceEntry::Mode mode = ProvenanceEntry::Mode::Create;
    if (QFileInfo::exists(db)) {
        QMessageBox box(QMessageBox::Question,
                        tr("Import CSV into Registry"),
                        tr("%1 already exists. Add the patients of %2 to it, or replace its "
                           "patients?")
                            .arg(QFileInfo(db).fileName(), QFileInfo(csv).fileName()),
                        QMessageBox::Cancel,
                        this);
        QPushButton *append = box.addButton(tr("&Add"), QMessageBox::AcceptRole);
        QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == append)
            mode = ProvenanceEntry::Mode::Append;
        else if (box.clickedButton() == replace)
            mode = ProvenanceEntry::Mode::Replace;
        else
            return;
    }
    importIntoRegistry(csv, db, mode);
}

void MainWindow::importIntoRegistry(const QString &csvPath,
                                    const QString &databasePath,
                                    ProvenanceEntry::Mode mode)
{
    if (m_importWatcher->isRunning())
        return;
    m_cancel = false;
    m_importDatabase = databasePath;
    m_progress = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(csvPath).fileName()),
                                     tr("Cancel"),
                                     0,
                                     1000,
                                     this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWindowTitle(tr("Import CSV into Registry"));
    m_progress->setMinimumDuration(400);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &MainWindow::cancelImport);
    ImportRequest request;
    request.csvPath = csvPath;
    request.databasePath = databasePath;
    request.mode = mode;
    m_importWatcher->setFuture(QtConcurrent::run([this, request] {
        RegistryImporter importer;
        importer.setCancelFlag(&m_cancel);
        importer.setProgress([this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] {
                if (m_progress && total > 0)
                    m_progress->setValue(int(1000 * done / total));
            });
        });
        return importer.importFile(request);
    }));
}

void MainWindow::registryImported()
{
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    const ImportReport report = m_importWatcher->result();
    Q_EMIT importFinished(report);
    const QString name = QFileInfo(m_importDatabase).fileName();
    switch (report.outcome) {
    case ImportReport::Outcome::Imported:
        if (QMessageBox::question(this,
                                  tr("Import CSV into Registry"),
                                  tr("%n patient(s) imported into %1. Open the registry now?",
                                     nullptr,
                                     int(report.rowsImported))
                                      .arg(name))
            == QMessageBox::Yes)
            openRegistry(m_importDatabase);
        break;
    case ImportReport::Outcome::Cancelled:
        statusBar()->showMessage(tr("The import was cancelled; %1 is unchanged.").arg(name), 8000);
        break;
    case ImportReport::Outcome::InvalidData:
        showProblems(report.sourceName, report);
        break;
    case ImportReport::Outcome::Refused:
    case ImportReport::Outcome::Failed:
        QMessageBox::warning(this,
                             tr("Import CSV into Registry"),
                             tr("Nothing was imported: %1").arg(report.message));
        break;
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(recentKey, files);
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(recentKey).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString name = RegistryStore::isServerLocation(path) ? path
                                                                   : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name),
                                                  this,
                                                  [this, path] { openRegistry(path); });
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(recentKey);
            updateRecentFilesMenu();
        });
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openRegistry(urls.first().toLocalFile());
    }
}

int MainWindow::visiblePatients() const
{
    return int(m_snapshot.patients.rows.size());
}

qint64 MainWindow::totalPatients() const
{
    return m_snapshot.total;
}

void MainWindow::updateStatus()
{
    const int total = int(totalPatients());
    m_countLabel->setText(tr("%L1 of %Ln patient(s)", nullptr, total).arg(visiblePatients()));
    if (m_sourceName.isEmpty())
        m_sourceLabel->setText(tr("No registry open"));
    else if (m_demo)
        m_sourceLabel->setText(tr("Source: %1 — synthetic demo data").arg(m_sourceName));
    else
        m_sourceLabel->setText(tr("Source: %1").arg(m_sourceName));
}

void MainWindow::updateTitle()
{
    if (m_sourceName.isEmpty())
        setWindowTitle(QString());
    else if (m_demo)
        setWindowTitle(tr("%1 (synthetic data, not real patients)").arg(m_sourceName));
    else
        setWindowTitle(m_sourceName);
}

} // namespace CohortLens

namespace CohortLens {

// ---- exports ----------------------------------------------------------------------------

void MainWindow::updateExportActions()
{
    const bool results = m_store && m_snapshot.generation != 0 && m_snapshot.survival;
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(results);
    const bool relief = results && m_snapshot.comparison && m_reliefStack->currentIndex() == 0;
    m_exportReliefAction->setEnabled(relief);
    m_exportReliefChartAction->setEnabled(relief);
}

ExportResult MainWindow::exportKaplanMeierChart(const QString &path, const QSize &pixels, int dpi)
{
    return ChartExporter::kaplanMeier(*m_kaplanMeier).write(path, pixels, dpi);
}

ExportResult MainWindow::exportReliefChart(const QString &path, const QSize &pixels, int dpi)
{
    return ChartExporter::symptomRelief(*m_relief).write(path, pixels, dpi);
}

ExportResult MainWindow::exportComparisonTable(const QString &path)
{
    const auto format = TableExporter::formatOf(path);
    if (!format)
        return ExportResult::failed(ExportResult::Status::CannotCreate,
                                    tr("Cannot write %1: give it the extension .csv or .html")
                                        .arg(path));
    const ComparisonTableModel &model = *m_comparison->model();
    return TableExporter::write(path,
                                *format == TableExporter::Format::Csv
                                    ? TableExporter::comparisonCsv(model)
                                    : TableExporter::comparisonHtml(model,
                                                                    m_snapshot.filter.description()));
}

ExportResult MainWindow::exportPatientTable(const QString &path, TableExporter::Privacy privacy)
{
    const auto format = TableExporter::formatOf(path);
    if (!format)
        return ExportResult::failed(ExportResult::Status::CannotCreate,
                                    tr("Cannot write %1: give it the extension .csv or .html")
                                        .arg(path));
    if (*format == TableExporter::Format::Html && privacy == TableExporter::Privacy::Deidentified)
        return ExportResult::failed(ExportResult::Status::CannotCreate,
                                    tr("Cannot write %1: a de-identified table is written as CSV")
                                        .arg(path));
    if (*format == TableExporter::Format::Html)
        return TableExporter::write(path,
                                    TableExporter::patientsHtml(*m_proxy,
                                                                m_snapshot.filter.description()));
    // The rows in the order the table shows them.
    if (m_model->isWindowed())
        return TableExporter::write(path,
                                    TableExporter::patientsCsv(m_model->rows(0, m_model->rowCount()),
                                                               {},
                                                               privacy));
    QList<int> order;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        order << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return TableExporter::write(path,
                                TableExporter::patientsCsv(m_model->patients(), order, privacy));
}

ReportInput MainWindow::reportInput() const
{
    ReportInput input = ReportInput::fromSnapshot(m_snapshot,
                                                  m_sourceName,
                                                  m_store ? m_store->provenance()
                                                          : QList<ProvenanceEntry>(),
                                                  m_demo);
    const ComparisonTableModel *model = m_comparison->model();
    for (const ComparisonRow &row : model->comparison().rows) {
        if (const auto test = model->test(row.variable))
            input.tests.insert(row.variable, *test);
    }
    input.chartOptions = m_kaplanMeier->options();
    input.symptomRelief = m_reliefStack->currentIndex() == 0;
    if (m_demo) // "Demo registry (net-registry-synthetic.csv)"
        input.sourceName = tr("%1 (%2)").arg(m_sourceName, QFileInfo(demoResourcePath()).fileName());
    return input;
}

ExportResult MainWindow::exportReport(const QString &path, ReportWriter::Paper paper)
{
    ReportWriter writer(reportInput());
    writer.setPaper(paper);
    return writer.writePdf(path);
}

void MainWindow::chooseExport(Export what)
{
    if (!m_store)
        return;
    m_controller->waitForResults(); // the export shows the filter as it is set now
    const QString stem = what == Export::KaplanMeier  ? QStringLiteral("km")
                         : what == Export::Relief     ? QStringLiteral("relief")
                         : what == Export::Comparison ? QStringLiteral("comparison")
                         : what == Export::Patients   ? QStringLiteral("patients")
                                                      : QStringLiteral("report");
    const ExportDialog::Kind kind = what == Export::KaplanMeier || what == Export::Relief
                                        ? ExportDialog::Kind::Chart
                                    : what == Export::Report ? ExportDialog::Kind::Report
                                                             : ExportDialog::Kind::Table;
    ExportDialog dialog(kind, stem, m_snapshot.filter, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.filePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ExportResult result;
    switch (what) {
    case Export::KaplanMeier:
        result = exportKaplanMeierChart(path, dialog.pixelSize(), dialog.dpi());
        break;
    case Export::Relief:
        result = exportReliefChart(path, dialog.pixelSize(), dialog.dpi());
        break;
    case Export::Comparison:
        result = exportComparisonTable(path);
        break;
    case Export::Patients:
        result = exportPatientTable(path, dialog.privacy());
        break;
    case Export::Report:
        result = exportReport(path, dialog.paper());
        break;
    }
    QApplication::restoreOverrideCursor();
    showExportResult(result, path);
}

void MainWindow::showExportResult(const ExportResult &result, const QString &path)
{
    if (result.ok()) {
        statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
        return;
    }
    QMessageBox::warning(this, tr("Export"), result.message);
}

void MainWindow::printReport()
{
    if (!m_store)
        return;
    m_controller->waitForResults();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportWriter::defaultPaper() == ReportWriter::Paper::Letter
                                      ? QPageSize::Letter
                                      : QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportWriter writer(reportInput());
    if (!writer.print(&printer))
        QMessageBox::warning(this, tr("Print Report"), tr("The report could not be printed."));
}

QString MainWindow::patientsTsv(bool selectionOnly) const
{
    QList<int> rows;
    if (selectionOnly && m_table->selectionModel()) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    }
    return TableExporter::tsv(*m_proxy, rows);
}

void MainWindow::copy()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    if (m_tabs->currentWidget() == m_table)
        clipboard->setText(patientsTsv(true));
    else
        m_comparison->copy();
}

} // namespace CohortLens
