// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the R reference fixtures (tests/data/r) and comparing against them.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <optional>

namespace CohortLens::Test {

// A data set exported by tests/stats/reference/datasets.R (R write.csv: quoted strings
// without embedded commas, NA as an empty cell).
struct Dataset
{
    QStringList names;
    QList<QStringList> rows;

    [[nodiscard]] int column(const QString &name) const { return int(names.indexOf(name)); }
    [[nodiscard]] QString text(qsizetype row, const QString &name) const
    {
        return rows.at(row).at(column(name));
    }
    // Empty for NA.
    [[nodiscard]] std::optional<double> number(qsizetype row, const QString &name) const
    {
        bool ok = false;
        const double value = text(row, name).toDouble(&ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    }
};

inline QStringList splitRCsvLine(const QString &line)
{
    QStringList fields = line.split(u',');
    for (QString &field : fields) {
        if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
            field = field.mid(1, field.size() - 2);
    }
    return fields;
}

inline Dataset loadDataset(const QString &name)
{
    Dataset data;
    QFile file(QStringLiteral(COHORTLENS_TEST_DATA "/r/") + name + QStringLiteral(".csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return data;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    data.names = splitRCsvLine(lines.value(0));
    for (qsizetype i = 1; i < lines.size(); ++i)
        data.rows << splitRCsvLine(lines.at(i));
    return data;
}

// A reference file written by one of the scripts in tests/stats/reference.
inline QJsonObject loadReference(const QString &name)
{
    QFile file(QStringLiteral(COHORTLENS_TEST_DATA "/r/reference/") + name
               + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// SPEC §3: agreement with R to 1e-6 relative (p-values also within 1e-12 absolute).
// R's NA (JSON null) must be matched by an empty optional and the other way round.
inline bool matchesR(std::optional<double> actual,
                     const QJsonValue &expected,
                     const QString &what,
                     const char *file,
                     int line,
                     double absolute = 0)
{
    QString problem;
    if (expected.isNull() || expected.isUndefined()) {
        if (actual)
            problem = QStringLiteral("R gives NA, we give %1").arg(*actual, 0, 'g', 17);
    } else if (!actual) {
        problem = QStringLiteral("R gives %1, we give null").arg(expected.toDouble(), 0, 'g', 17);
    } else {
        const double e = expected.toDouble();
        const double a = *actual;
        const double difference = std::abs(a - e);
        if (!(difference <= 1e-6 * std::abs(e) || difference <= absolute || a == e))
            problem = QStringLiteral("R gives %1, we give %2 (relative difference %3)")
                          .arg(e, 0, 'g', 17)
                          .arg(a, 0, 'g', 17)
                          .arg(e == 0 ? difference : difference / std::abs(e), 0, 'g', 3);
    }
    if (problem.isEmpty())
        return true;
    QTest::qFail(qPrintable(what + QStringLiteral(": ") + problem), file, line);
    return false;
}

} // namespace CohortLens::Test

// Compares a statistic with R's value; on failure reports both and leaves the test.
#define COMPARE_R(actual, expected, what) \
    do { \
        if (!::CohortLens::Test::matchesR((actual), (expected), (what), __FILE__, __LINE__)) \
            return; \
    } while (false)

// The same for p-values: 1e-6 relative or 1e-12 absolute.
#define COMPARE_R_P(actual, expected, what) \
    do { \
        if (!::CohortLens::Test::matchesR((actual), (expected), (what), __FILE__, __LINE__, 1e-12)) \
            return; \
    } while (false)
