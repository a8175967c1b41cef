// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patienttablemodel.h"

#include "nativeschema.h"
#include "patientsortproxy.h"
#include "registrystore.h"
#include "values.h"

#include <QLocale>

#include <algorithm>

namespace CohortLens {

namespace {
using F = NativeSchema::Field;
using Kind = RegistryColumn::Kind;

const QString tick = QStringLiteral("✓");
const QString dash = QStringLiteral("—");
} // namespace

PatientTableModel::PatientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PatientTableModel::~PatientTableModel() = default;

void PatientTableModel::setPatients(CohortColumns patients)
{
    beginResetModel();
    m_store.reset();
    m_ids.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_patients = std::move(patients);
    endResetModel();
}

bool PatientTableModel::setRegistry(const QString &path,
                                    const CohortFilter &filter,
                                    std::optional<QList<qint64>> ids)
{
    beginResetModel();
    m_patients = {};
    m_ids.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_pagesRead = 0;
    m_error.clear();
    m_filter = filter;
    m_store = std::make_unique<RegistryStore>();
    bool ok = m_store->open(path, RegistryStore::Access::ReadOnly);
    if (ok) {
        QStringList names;
        for (const RegistryColumn &c : m_store->columns())
            names << c.name;
        const auto columns = m_store->loadPatients(names, {});
        if (!ids)
            ids = m_store->patientIds(filter);
        ok = columns && ids;
        if (ok) {
            m_patients = *columns;
            m_ids = *ids;
        }
    }
    if (!ok) {
        m_error = m_store->errorString();
        m_store.reset();
    }
    endResetModel();
    return ok;
}

void PatientTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_store)
        return;
    const QString name = column >= 0 && column < columnCount() ? m_patients.names.at(column)
                                                               : QString();
    const auto ids = m_store->patientIds(m_filter, name, order, &PatientTableModel::compareText);
    if (!ids) {
        m_error = m_store->errorString();
        return;
    }
    beginResetModel();
    m_ids = *ids;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

int PatientTableModel::compareText(std::string_view a, std::string_view b)
{
    const auto x = Values::parseNumber(a);
    const auto y = Values::parseNumber(b);
    if (x && y)
        return *x < *y ? -1 : *y < *x ? 1 : 0;
    if (x || y)
        return x ? -1 : 1; // numbers before text
    const QString p = QString::fromUtf8(a.data(), qsizetype(a.size()));
    const QString q = QString::fromUtf8(b.data(), qsizetype(b.size()));
    if (PatientSortProxy::naturalLess(p, q))
        return -1;
    return PatientSortProxy::naturalLess(q, p) ? 1 : 0;
}

// A page of the windowed table, read when first asked for; the least recently read are
// dropped beyond CachedPages.
const CohortColumns *PatientTableModel::page(int index) const
{
    if (const auto found = m_pages.constFind(index); found != m_pages.cend()) {
        m_pageOrder.removeOne(index);
        m_pageOrder << index;
        return &found.value();
    }
    const qsizetype first = qsizetype(index) * PageSize;
    const qsizetype count = std::min<qsizetype>(PageSize, m_ids.size() - first);
    auto loaded = m_store->loadPatients(m_patients.names,
                                        std::span<const qint64>(m_ids.constData() + first,
                                                                std::size_t(count)));
    if (!loaded || loaded->rows.size() != count) {
        // Rows gone from the registry since (another program): shown empty.
        m_error = m_store->errorString();
        CohortColumns empty = m_patients;
        for (CohortColumn &values : empty.values) {
            values = {};
            for (qsizetype r = 0; r < count; ++r)
                values.appendEmpty();
        }
        empty.rows.resize(count);
        loaded = std::move(empty);
    }
    ++m_pagesRead;
    while (m_pageOrder.size() >= CachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder << index;
    return &m_pages.insert(index, std::move(*loaded)).value();
}

CohortColumns PatientTableModel::rows(int first, int count) const
{
    if (!m_store)
        return {};
    CohortColumns result = m_patients;
    first = std::clamp(first, 0, rowCount());
    count = std::clamp(count, 0, rowCount() - first);
    for (int start = first; start < first + count;) {
        const CohortColumns *p = page(start / PageSize);
        const int offset = start % PageSize;
        const int n = std::min(PageSize - offset, first + count - start);
        result.rows += p->rows.mid(offset, n);
        for (qsizetype c = 0; c < result.values.size(); ++c)
            result.values[c] += p->values.at(c).mid(offset, n);
        start += n;
    }
    return result;
}

QVariant PatientTableModel::cell(int row, int column) const
{
    if (!m_store)
        return m_patients.values.at(column).at(row);
    return page(row / PageSize)->values.at(column).at(row % PageSize);
}

int PatientTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_store ? int(m_ids.size()) : int(m_patients.rows.size());
}

int PatientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.names.size());
}

QString PatientTableModel::columnTitle(const QString &name)
{
    const auto field = NativeSchema::fieldByName(name);
    if (!field || NativeSchema::name(*field) != name)
        return name;
    switch (*field) {
    case F::PatientId:
        return tr("Patient");
    case F::Age:
        return tr("Age");
    case F::Sex:
        return tr("Sex");
    case F::PrimarySite:
        return tr("Primary site");
    case F::CarcinoidSyndrome:
        return tr("Carcinoid syndrome");
    case F::Obstruction:
        return tr("Obstruction");
    case F::Arm:
        return tr("Arm");
    case F::RegionalResection:
        return tr("Regional resection");
    case F::CsImproved:
        return tr("CS improved");
    case F::ObstructionRelieved:
        return tr("Obstruction relieved");
    case F::Complication:
        return tr("Complication");
    case F::ClavienDindo:
        return tr("Clavien-Dindo");
    case F::Died30d:
        return tr("Died ≤ 30 days");
    case F::FollowupMonths:
        return tr("Follow-up (months)");
    case F::Status:
        return tr("Status");
    case F::OperationDate:
        return tr("Operation date");
    case F::LastFollowupDate:
        return tr("Last follow-up");
    }
    return name;
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString &name = m_patients.names.at(section);
    if (role == Qt::DisplayRole)
        return columnTitle(name);
    if (role == Qt::ToolTipRole)
        return name; // the registry's column, for those who know the file
    return {};
}

QVariant PatientTableModel::display(int row, int column) const
{
    const QVariant &value = cell(row, column);
    if (!value.isValid())
        return {};
    const Kind kind = m_patients.kinds.at(column);
    const QString &name = m_patients.names.at(column);
    if (kind == Kind::Boolean)
        return value.toString() == u"yes" ? tick : dash;
    if (kind == Kind::Number) {
        if (name == NativeSchema::name(F::Status))
            return value.toDouble() == 1 ? tr("dead") : tr("alive");
        return QLocale().toString(value.toDouble(), 'g', 10);
    }
    if (kind == Kind::Arm)
        return value.toString() == Values::armText(Arm::Cytoreduction) ? tr("cytoreduction")
                                                                       : tr("medical");
    return value;
}

QVariant PatientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole: {
        // A number as a double, anything else as text; PatientSortProxy orders them.
        const QVariant &value = cell(row, column);
        if (!value.isValid() || value.typeId() == QMetaType::Double)
            return value;
        const QString text = value.toString();
        if (const auto number = Values::parseNumber(text))
            return *number;
        return text;
    }
    case Qt::TextAlignmentRole: {
        const Kind kind = m_patients.kinds.at(column);
        if (kind == Kind::Number && m_patients.names.at(column) != NativeSchema::name(F::Status))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (kind == Kind::Boolean || kind == Kind::Sex)
            return QVariant(Qt::AlignCenter);
        return {};
    }
    case Qt::AccessibleTextRole: {
        const QVariant shown = display(row, column);
        if (shown.toString() == tick)
            return tr("yes");
        if (shown.toString() == dash)
            return tr("no");
        return shown;
    }
    default:
        return {};
    }
}

} // namespace CohortLens
