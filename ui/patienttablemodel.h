// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortcolumns.h"
#include "cohortfilter.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>
#include <string_view>

namespace CohortLens {

class RegistryStore;

// The patients of a cohort, one row each, one column per registry column (native ones
// first, with readable headers). Booleans show as ✓ / —; SortRole gives values that sort
// by meaning (numbers as numbers, empty cells first).
//
// Two ways to fill it: setPatients() with every value in memory (sorted by a
// PatientSortProxy), or setRegistry(), windowed, for registries of millions: the model
// keeps only the ids of the filtered patients and reads their rows from the registry a
// page (PageSize rows) at a time as the view asks; sort() then orders the ids in SQL, in
// the same order as the proxy's, and PatientSortProxy passes its sorting on.
class PatientTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64; // pages kept in memory, the latest used

    explicit PatientTableModel(QObject *parent = nullptr);
    ~PatientTableModel() override;

    void setPatients(CohortColumns patients);
    // In memory: every value; windowed: the columns, and rows and values of none.
    [[nodiscard]] const CohortColumns &patients() const { return m_patients; }

    // Windowed: the patients `filter` selects in the registry at `path` (a file or the URI
    // of an in-memory registry), in import order. False, with errorString(), when the
    // registry cannot be read; the model is then empty.
    // `ids`: the filter's patients (CohortColumns::ids), when already known; else read here.
    bool setRegistry(const QString &path,
                     const CohortFilter &filter,
                     std::optional<QList<qint64>> ids = std::nullopt);
    [[nodiscard]] bool isWindowed() const { return m_store != nullptr; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Windowed: the rows from `first`, `count` of them, in the table's order, every value
    // (for exports and copies of many rows).
    [[nodiscard]] CohortColumns rows(int first, int count) const;
    // Pages read from the registry since setRegistry(): how lazily it works.
    [[nodiscard]] int pagesRead() const { return m_pagesRead; }

    // Windowed: orders the rows in SQL by `column` (-1: import order). In memory: nothing,
    // a PatientSortProxy sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The order of text cells in SQL, the same as PatientSortProxy's: numbers before text
    // and by value, text in natural order.
    [[nodiscard]] static int compareText(std::string_view a, std::string_view b);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The header of a registry column: "Carcinoid syndrome" for carcinoid_syndrome, the
    // name itself for others.
    [[nodiscard]] static QString columnTitle(const QString &name);

private:
    QVariant display(int row, int column) const;
    QVariant cell(int row, int column) const;
    const CohortColumns *page(int index) const;

    CohortColumns m_patients;
    // Windowed.
    std::unique_ptr<RegistryStore> m_store;
    CohortFilter m_filter;
    QList<qint64> m_ids; // database ids, in the table's order
    mutable QHash<int, CohortColumns> m_pages;
    mutable QList<int> m_pageOrder; // least recently read first
    mutable int m_pagesRead = 0;
    mutable QString m_error;
};

} // namespace CohortLens
