# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The R anchors of bench/run-benchmarks.sh: survfit + survdiff and coxph on the same
# registry CSV as CohortLens, timed without the file reading. Prints "name seconds".
# Usage: Rscript bench/rtimings.R FILE.csv [REPEATS]
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
repeats <- if (length(args) > 1) as.integer(args[2]) else 3
best <- function(f) {
    times <- numeric(repeats)
    for (i in seq_len(repeats))
        times[i] <- system.time(f())[["elapsed"]]
    min(times)
}
km <- best(function() {
    fit <- survfit(Surv(followup_months, status) ~ arm, data = d, conf.type = "log-log")
    test <- survdiff(Surv(followup_months, status) ~ arm, data = d)
    invisible(list(fit, test))
})
cox <- best(function() coxph(Surv(followup_months, status) ~ arm, data = d, ties = "efron"))
cat(sprintf("R_survfit_survdiff %.4f\nR_coxph %.4f\n", km, cox))
