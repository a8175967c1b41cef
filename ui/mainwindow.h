// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysiscontroller.h"
#include "exportfile.h"
#include "registryimporter.h"
#include "reportwriter.h"
#include "tableexporter.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace CohortLens {

class ComparisonPanel;
class FilterPanel;
class KaplanMeierChart;
class PatientSortProxy;
class PatientTableModel;
class RegistryStore;
class SymptomReliefChart;

// The viewer's main window (SPEC §6): filters in a dock; the Kaplan-Meier and
// symptom-relief charts side by side above the comparison panel and the patient table;
// every view follows the filter, with the statistics computed off the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a registry database, or reads a CSV in the background (a progress dialog
    // with Cancel appears when it takes a while). Returns false when the file is refused
    // at once; registryOpened() tells the outcome otherwise.
    bool openRegistry(const QString &path);
    bool openDemo();
    // For tests and scripts: waits for a pending open and the first results; true when a
    // registry is open and shown.
    bool waitUntilShown();
    // Imports a CSV into a registry file in the background; cancelImport() stops it and
    // leaves the file as it was.
    void importIntoRegistry(const QString &csvPath,
                            const QString &databasePath,
                            ProvenanceEntry::Mode mode);
    void cancelImport();

    [[nodiscard]] int visiblePatients() const;
    [[nodiscard]] qint64 totalPatients() const;
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] QString sourceName() const { return m_sourceName; }
    [[nodiscard]] const CohortSnapshot &snapshot() const { return m_snapshot; }

    [[nodiscard]] AnalysisController *controller() const { return m_controller; }
    [[nodiscard]] FilterPanel *filterPanel() const { return m_filterPanel; }
    [[nodiscard]] KaplanMeierChart *kaplanMeierChart() const { return m_kaplanMeier; }
    [[nodiscard]] SymptomReliefChart *reliefChart() const { return m_relief; }
    [[nodiscard]] ComparisonPanel *comparisonPanel() const { return m_comparison; }
    [[nodiscard]] QTableView *patientTable() const { return m_table; }

    static QString demoResourcePath();

    // The exports of File ▸ Export, of what the window shows now (the filter, the chart
    // options, the tests chosen in the panel). The menu's actions ask for the file and the
    // options in an ExportDialog, then call these.
    ExportResult exportKaplanMeierChart(const QString &path, const QSize &pixels, int dpi);
    ExportResult exportReliefChart(const QString &path, const QSize &pixels, int dpi);
    ExportResult exportComparisonTable(const QString &path); // .csv or .html
    // .csv or .html: the filtered rows; a de-identified table is CSV only.
    ExportResult exportPatientTable(
        const QString &path, TableExporter::Privacy privacy = TableExporter::Privacy::Identified);
    ExportResult exportReport(const QString &path, ReportWriter::Paper paper);
    // What a report of the window's state shows.
    [[nodiscard]] ReportInput reportInput() const;
    // The patient table's rows as shown (sorted), tab-separated: the selected ones, or all.
    [[nodiscard]] QString patientsTsv(bool selectionOnly) const;
    // Edit ▸ Copy: the selected rows of the table in front (all when none is selected).
    void copy();

Q_SIGNALS:
    void registryOpened(bool ok);
    void resultsShown();
    void importFinished(const CohortLens::ImportReport &report);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createChartActions();
    void createMenus();
    void retranslateUi();
    void setLanguage(const QString &code);
    void showAbout();
    void createDocks();
    void createCentralWidget();
    void createStatusBar();
    void readSettings();
    void writeSettings();

    bool startOpen(const QString &path, const QString &displayName, bool demo);
    void csvRead();
    void adopt(std::unique_ptr<RegistryStore> store,
               const SurvivalRequest &survival,
               const ComparisonRequest &comparison);
    void showProblems(const QString &fileName, const ImportReport &report);
    void showSnapshot(const CohortSnapshot &snapshot);
    void chooseFile();
    void chooseConnection();
    bool openServer(const QString &location);
    void chooseImport();
    void registryImported();
    void addRecentFile(const QString &path);
    void updateRecentFilesMenu();
    void updateStatus();
    void updateTitle();
    void chartOptionsChanged();
    void chooseMinimumAtRisk();
    void toggleFullScreen();
    enum class Export { KaplanMeier, Relief, Comparison, Patients, Report };
    void chooseExport(Export what);
    void showExportResult(const ExportResult &result, const QString &path);
    void printReport();
    void updateExportActions();

    std::unique_ptr<RegistryStore> m_store;
    AnalysisController *m_controller = nullptr;
    CohortSnapshot m_snapshot;
    std::optional<FilterChoices> m_choices; // those the filter dock shows

    FilterPanel *m_filterPanel = nullptr;
    KaplanMeierChart *m_kaplanMeier = nullptr;
    SymptomReliefChart *m_relief = nullptr;
    QStackedWidget *m_reliefStack = nullptr;
    QLabel *m_noRelief = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    PatientTableModel *m_model = nullptr;
    PatientSortProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_chartSplitter = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_bandsAction = nullptr;
    QAction *m_censorAction = nullptr;
    QAction *m_riskTableAction = nullptr;
    QAction *m_kmunicateAction = nullptr;
    QAction *m_medianAction = nullptr;
    QAction *m_pValueAction = nullptr;
    QAction *m_yearsAction = nullptr;
    QList<QAction *> m_exportActions; // need results to export
    QList<QAction *> m_chartActions;  // the charts' context menus
    int m_languageChanges = 0;
    QAction *m_exportReliefAction = nullptr;
    QAction *m_exportReliefChartAction = nullptr;
    int m_minimumAtRisk = 0;

    // A CSV being read, or a registry file being imported, in the background.
    struct PendingOpen
    {
        QString path;
        QString displayName;
        bool demo = false;
        RegistryStore::Layout layout = RegistryStore::Layout::Native;
        std::unique_ptr<RegistryStore> keeper; // keeps the in-memory registry alive
    };
    PendingOpen m_pending;
    QFutureWatcher<ImportReport> *m_readWatcher = nullptr;
    QFutureWatcher<ImportReport> *m_importWatcher = nullptr;
    QString m_importDatabase;
    std::atomic_bool m_cancel = false;
    QPointer<QProgressDialog> m_progress;

    QString m_sourceName;
    bool m_demo = false;
    bool m_opening = false;
};

} // namespace CohortLens
