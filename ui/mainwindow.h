// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace CohortLens {

class PatientTableModel;
class RegistryStore;
struct ImportReport;

// The viewer's main window: the patients of the open registry in a sortable table and
// "n of N patients" in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a CSV file or a registry database; on failure shows why and keeps the
    // registry that was open.
    bool openRegistry(const QString &path);
    // The synthetic demo registry bundled with the program.
    bool openDemo();

    [[nodiscard]] int visiblePatients() const;
    [[nodiscard]] qint64 totalPatients() const;
    [[nodiscard]] bool isDemo() const { return m_demo; }

    static QString demoResourcePath();

private:
    void createActions();
    void createCentralWidget();
    void createStatusBar();
    bool load(const QString &path, const QString &displayName, bool demo);
    void showLoadProblem(const QString &path, const ImportReport &report);
    void chooseFile();
    void updateStatus();
    void updateTitle();

    std::unique_ptr<RegistryStore> m_store;
    PatientTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QString m_sourceName;
    bool m_demo = false;
};

} // namespace CohortLens
