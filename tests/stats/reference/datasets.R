# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Exports R survival's bundled data sets to CSV fixtures under tests/data/r/, so that the
# test suite reads exactly the data the reference values were computed on, without R.
# Run from the repository root: Rscript tests/stats/reference/datasets.R
# Needs the Debian packages r-base-core and r-cran-survival.
suppressPackageStartupMessages(library(survival))

out <- file.path("tests", "data", "r")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

export <- function(data, name) {
    for (column in names(data)) {
        if (is.factor(data[[column]]))
            data[[column]] <- as.character(data[[column]])
    }
    write.csv(data, file.path(out, paste0(name, ".csv")), row.names = FALSE, na = "")
}

export(survival::lung, "lung")         # status 1 = censored, 2 = dead
export(survival::veteran, "veteran")   # status 1 = dead
export(survival::aml, "aml")           # status 1 = relapse
export(survival::ovarian, "ovarian")   # fustat 1 = dead
# One row per patient: the death records of the colon trial (etype 2).
colon <- survival::colon[survival::colon$etype == 2, ]
export(colon, "colon")                 # status 1 = dead
export(survival::pbc, "pbc")           # status 0 censored, 1 transplant, 2 dead

cat("Exported lung, veteran, aml, ovarian, colon, pbc to", out, "\n")
