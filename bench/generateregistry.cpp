// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// cohortlens-generate: a synthetic native-schema registry of any size, for benchmarks.
// Two arms, realistic presentation and outcome rates, exponential survival with ~30%
// censoring by end of follow-up, whole months (so times tie, as in real registries).
// Deterministic for a given --seed.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <random>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic native-schema registry CSV of N patients (for benchmarks)."));
    parser.addHelpOption();
    const QCommandLineOption patients(QStringLiteral("patients"),
                                      QStringLiteral("Number of patients."),
                                      QStringLiteral("N"),
                                      QStringLiteral("1000000"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The CSV file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed."),
                                  QStringLiteral("S"),
                                  QStringLiteral("20261129"));
    parser.addOptions({patients, out, seed});
    parser.process(app);
    bool ok = false;
    const qlonglong n = parser.value(patients).toLongLong(&ok);
    if (!ok || n < 1 || !parser.isSet(out)) {
        std::fputs("cohortlens-generate: give --patients N (>= 1) and --out FILE\n", stderr);
        return 2;
    }
    QFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cohortlens-generate: cannot write %s\n", qPrintable(file.fileName()));
        return 2;
    }

    std::mt19937_64 random(parser.value(seed).toULongLong());
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> ageDistribution(58, 11);
    const char *sites[] = {"small_bowel",
                           "small_bowel",
                           "small_bowel",
                           "small_bowel",
                           "small_bowel",
                           "small_bowel",
                           "appendix",
                           "colon",
                           "rectum",
                           "pancreas",
                           "stomach",
                           "unknown"};

    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "patient_id,age,sex,primary_site,carcinoid_syndrome,obstruction,arm,"
              "regional_resection,cs_improved,obstruction_relieved,complication,clavien_dindo,"
              "died_30d,followup_months,status\n";
    for (qlonglong i = 1; i <= n; ++i) {
        const bool cytoreduction = unit(random) < 0.45;
        const double presentation = unit(random);
        const bool cs = presentation < 0.85;
        const bool obstruction = presentation >= 0.64;
        const int age = std::clamp(int(std::lround(ageDistribution(random))), 18, 95);
        const bool operated = unit(random) < 0.97;
        const bool complication = operated && unit(random) < 0.22;
        // Exponential survival: median ~ 10 years after cytoreduction, ~ 7 years without;
        // administrative censoring at 1–156 months of follow-up.
        const double rate = std::log(2) / (cytoreduction ? 120.0 : 84.0);
        const double death = -std::log(1 - unit(random)) / rate;
        const double censor = 1 + 155 * unit(random);
        const bool dead = death <= censor;
        const int months = std::max(1, int(std::ceil(dead ? death : censor)));
        buffer += "P" + QByteArray::number(i) + ',' + QByteArray::number(age) + ','
                  + (unit(random) < 0.52 ? "M" : "F") + ',' + sites[random() % 12] + ','
                  + (cs ? "yes" : "no") + ',' + (obstruction ? "yes" : "no") + ','
                  + (cytoreduction ? "cytoreduction" : "medical") + ',' + (operated ? "yes" : "no")
                  + ',' + (cs ? (unit(random) < (cytoreduction ? 0.86 : 0.64) ? "yes" : "no") : "")
                  + ',' + (obstruction ? (operated ? "yes" : "no") : "") + ','
                  + (operated ? (complication ? "yes" : "no") : "") + ','
                  + (operated ? QByteArray::number(complication ? 1 + int(random() % 3) : 0)
                              : QByteArray())
                  + ',' + (operated ? "no" : "") + ',' + QByteArray::number(months) + ','
                  + (dead ? "1" : "0") + '\n';
        if (buffer.size() > (1 << 20) - 512) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.flush()) {
        std::fprintf(stderr,
                     "cohortlens-generate: writing %s failed\n",
                     qPrintable(file.fileName()));
        return 1;
    }
    return 0;
}
