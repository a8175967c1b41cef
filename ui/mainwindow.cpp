// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "patienttablemodel.h"
#include "registryimporter.h"
#include "registrystore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>

namespace CohortLens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    createActions();
    createCentralWidget();
    createStatusBar();
    updateTitle();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
}

QString MainWindow::demoResourcePath()
{
    return QStringLiteral(":/demo/net-registry-synthetic.csv");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a registry: a CSV file or a database made by cohortlens import"));
    QAction *demo = file->addAction(tr("Open &Demo Registry"), this, [this] { openDemo(); });
    demo->setStatusTip(tr("Open the bundled synthetic demo registry"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createCentralWidget()
{
    m_model = new PatientTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PatientTableModel::SortRole);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAccessibleName(tr("Patients"));
    setCentralWidget(m_table);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("patientCount"));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("dataSource"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_sourceLabel);
    updateStatus();
}

bool MainWindow::openDemo()
{
    return load(demoResourcePath(), tr("bundled demo registry"), true);
}

bool MainWindow::openRegistry(const QString &path)
{
    return load(path, QFileInfo(path).fileName(), false);
}

bool MainWindow::load(const QString &path, const QString &displayName, bool demo)
{
    auto store = std::make_unique<RegistryStore>();
    // Other CSVs need a column mapping; until they are mapped the window reads native
    // registries only, and says what a foreign file lacks.
    const ImportReport report = RegistryImporter().load(path,
                                                        *store,
                                                        RegistryImporter::Accept::NativeOnly);
    if (report.outcome != ImportReport::Outcome::Imported) {
        showLoadProblem(path, report);
        return false;
    }
    const auto patients = store->loadCohort(CohortFilter());
    if (!patients) {
        QMessageBox::critical(this, tr("Open registry"), store->errorString());
        return false;
    }
    m_store = std::move(store);
    m_model->setPatients(*patients, m_store->extraColumns());
    m_table->resizeColumnsToContents();
    m_sourceName = displayName;
    m_demo = demo;
    updateStatus();
    updateTitle();
    return true;
}

void MainWindow::showLoadProblem(const QString &path, const ImportReport &report)
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Open registry"));
    if (report.outcome == ImportReport::Outcome::InvalidData) {
        box.setText(tr("%1 was not opened: it has %n problem(s).", nullptr, int(report.problemCount))
                        .arg(QFileInfo(path).fileName()));
        QStringList lines;
        for (const auto &problem : report.problems)
            lines << problem.toString();
        box.setDetailedText(lines.join(u'\n'));
    } else {
        box.setText(tr("%1 was not opened.").arg(QFileInfo(path).fileName()));
        box.setInformativeText(report.message);
    }
    box.exec();
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

int MainWindow::visiblePatients() const
{
    return m_proxy->rowCount();
}

qint64 MainWindow::totalPatients() const
{
    return m_model->rowCount();
}

void MainWindow::updateStatus()
{
    const int total = int(totalPatients());
    m_countLabel->setText(tr("%1 of %n patient(s)", nullptr, total).arg(visiblePatients()));
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
        setWindowTitle(QApplication::applicationDisplayName());
    else if (m_demo)
        setWindowTitle(tr("%1 (synthetic demo data)").arg(m_sourceName));
    else
        setWindowTitle(m_sourceName);
}

} // namespace CohortLens
