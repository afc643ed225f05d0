#pragma once

#include "data/TableId.h"

#include <string_view>
#include <vector>

namespace credit::synth {

// How a generated number is written, following the pandas export of the real files: integer
// columns without a point, float columns always with one ("2.0"), text categories as they are.
enum class NumberFormat { Integer, FloatWithPoint, Text };

// One column's marginal distribution measured on the real rows (figures only).
struct ColumnMarginal {
    std::string_view name;
    double missingRate = 0.0;
    NumberFormat format = NumberFormat::Integer;
    int decimals = 0; // generated values are rounded to this many decimals; -1 keeps full precision
    std::vector<std::string_view> levels; // text categories, in the order of `cumulative*`
    std::vector<double> values;           // discrete numeric values, in the order of `cumulative*`
    // Cumulative probabilities of levels/values: for applicants not at risk of default (or the
    // only distribution in related tables), and for applicants at risk (empty when unused).
    std::vector<double> cumulativeNonDefault;
    std::vector<double> cumulativeDefault;
    std::vector<double> quantiles; // continuous columns: value at probability k / (size - 1)

    bool isDiscrete() const { return !cumulativeNonDefault.empty(); }
};

// Gaussian copula tying the applicant's continuous facts to the latent risk.
struct CopulaCalibration {
    std::vector<std::string_view> names;      // dimensions 1..n (dimension 0 is the latent risk)
    std::vector<std::vector<double>> lower;   // Cholesky factor of the correlation matrix
    std::vector<double> paymentRateQuantiles; // AMT_ANNUITY / AMT_CREDIT
    std::vector<double> goodsRatioQuantiles;  // AMT_GOODS_PRICE / AMT_CREDIT
    std::vector<double>
        pensionerBirthQuantiles;           // DAYS_BIRTH of applicants with DAYS_EMPLOYED = 365243
    std::vector<double> employedQuantiles; // DAYS_EMPLOYED without the 365243 sentinel
};

struct ApplicantCalibration {
    double defaultRate = 0.0;
    std::vector<std::string_view> incomeTypes;
    std::vector<double>
        employmentSentinelShare;        // per income type: share with DAYS_EMPLOYED = 365243
    std::vector<double> familyChildren; // joint (children, adults) frequency table
    std::vector<double> familyAdults;
    std::vector<double> familyCumulative;
    double buildingBlockPresent = 0.0; // share of applicants with any *_AVG building figure
    std::vector<std::string_view> buildingColumns;
    std::vector<double> buildingMissingWhenPresent;
};

struct HistoryCalibration {
    // bureau_balance STATUS shares among open months, in the order 0,1,2,3,4,5,X.
    std::vector<double> bureauStatusShares;
    double instalmentLateShare = 0.0;          // payments made after the due day
    double instalmentPartialShare = 0.0;       // payments below the instalment amount
    std::vector<double> paymentDelayQuantiles; // DAYS_ENTRY_PAYMENT - DAYS_INSTALMENT
    double posDpdShare = 0.0;                  // POS months with SK_DPD > 0
};

const std::vector<ColumnMarginal>& marginals(data::TableId table);
const CopulaCalibration& applicantCopula();
const ApplicantCalibration& applicantCalibration();
const HistoryCalibration& historyCalibration();

} // namespace credit::synth
