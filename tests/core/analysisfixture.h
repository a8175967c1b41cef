// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A registry made from CSV text, for the analysis tests.

#include "registryimporter.h"
#include "registrystore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CohortLens::Test {

// Loads `csv` as the program loads an --input file; nothing when it is refused.
inline std::unique_ptr<RegistryStore> storeFromCsv(const QByteArray &csv)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return nullptr;
    file.close();
    auto store = std::make_unique<RegistryStore>();
    const ImportReport report = RegistryImporter().load(path, *store);
    if (report.outcome != ImportReport::Outcome::Imported) {
        qWarning("%s", qPrintable(report.problems.value(0).toString() + report.message));
        return nullptr;
    }
    return store;
}

} // namespace CohortLens::Test
