// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "patientrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace CohortLens {

// The patients of a cohort, one row each: the native columns, then the extra ones.
// Booleans show as ✓ / —; SortRole gives values that sort by meaning (numbers as
// numbers, empty cells first).
class PatientTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit PatientTableModel(QObject *parent = nullptr);

    void setPatients(QList<PatientRecord> patients, QStringList extraColumns);
    [[nodiscard]] const QList<PatientRecord> &patients() const { return m_patients; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const PatientRecord &patient, int column) const;
    QVariant sortValue(const PatientRecord &patient, int column) const;

    QList<PatientRecord> m_patients;
    QStringList m_extraColumns;
};

} // namespace CohortLens
