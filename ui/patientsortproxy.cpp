// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientsortproxy.h"

#include "patienttablemodel.h"

namespace CohortLens {

PatientSortProxy::PatientSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PatientTableModel::SortRole);
}

void PatientSortProxy::sort(int column, Qt::SortOrder order)
{
    if (auto *source = qobject_cast<PatientTableModel *>(sourceModel());
        source && source->isWindowed()) {
        // The proxy keeps the model's order; a million rows sort in SQL, not here.
        QSortFilterProxyModel::sort(-1, order);
        source->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool PatientSortProxy::naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Compare the digit runs as numbers: without leading zeros, longer is larger.
            QStringView x = QStringView(a).mid(i, endA - i);
            QStringView y = QStringView(b).mid(j, endB - j);
            while (x.size() > 1 && x.front() == u'0')
                x = x.mid(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.mid(1);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int c = x.compare(y); c != 0)
                return c < 0;
            i = endA;
            j = endB;
            continue;
        }
        const QChar x = a.at(i).toCaseFolded();
        const QChar y = b.at(j).toCaseFolded();
        if (x != y)
            return x < y;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

bool PatientSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // A windowed model is in the order it was sorted in; reading its every row to sort
    // them again here would defeat the window.
    if (const auto *source = qobject_cast<const PatientTableModel *>(sourceModel());
        source && source->isWindowed())
        return left.row() < right.row();
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    auto rank = [](const QVariant &v) {
        if (!v.isValid())
            return 0;
        return v.typeId() == QMetaType::Double ? 1 : 2;
    };
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    if (rank(a) == 1)
        return a.toDouble() < b.toDouble();
    if (rank(a) == 2)
        return naturalLess(a.toString(), b.toString());
    return false;
}

} // namespace CohortLens
