// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace CohortLens {

// Where the data of a registry came from: one entry per import.
struct ProvenanceEntry
{
    enum class Mode { Create, Replace, Append };

    qint64 id = 0;
    QString sourceName; // file name of the CSV, without its folder
    QString sha256;     // lower-case hex digest of the file's bytes
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    Mode mode = Mode::Create;
    QDateTime importedAt; // UTC

    [[nodiscard]] static QString modeKey(Mode mode);
};

} // namespace CohortLens
