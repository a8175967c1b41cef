// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace CohortLens {

// Sorts the patient table by meaning: empty cells first, then numbers by value, then text
// in natural order ("SYN-2" before "SYN-10"). Over a windowed PatientTableModel it passes
// the sorting on to the model, which sorts in SQL in the same order.
class PatientSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PatientSortProxy(QObject *parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

public:
    // Natural order of text: digit runs compare as numbers, the rest without case.
    [[nodiscard]] static bool naturalLess(const QString &a, const QString &b);
};

} // namespace CohortLens
