// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortcolumns.h"

#include <QAbstractTableModel>

namespace CohortLens {

// The patients of a cohort, one row each, one column per registry column (native ones
// first, with readable headers). Booleans show as ✓ / —; SortRole gives values that sort
// by meaning (numbers as numbers, empty cells first).
class PatientTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit PatientTableModel(QObject *parent = nullptr);

    void setPatients(CohortColumns patients);
    [[nodiscard]] const CohortColumns &patients() const { return m_patients; }

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

    CohortColumns m_patients;
};

} // namespace CohortLens
