#include "fairness/FairnessJob.h"

#include "data/DataError.h"
#include "data/HomeCreditDataset.h"
#include "explain/ExplanationEngine.h"
#include "features/FeaturePipeline.h"
#include "features/FeaturePolicy.h"
#include "model/ModelBundle.h"

namespace credit::fairness {

FairnessReport analyseBundle(const explain::ExplanationEngine& engine,
                             const data::HomeCreditDataset& labelled,
                             const FairnessOptions& options)
{
    if (!labelled.hasTarget())
        throw data::DataError("the applicant file has no TARGET column: a fairness analysis "
                              "needs known outcomes (application_train.csv)");
    const auto& target = labelled.applications.column("TARGET");
    std::vector<std::size_t> known;
    std::vector<float> labels;
    for (std::size_t row = 0; row < target.size(); ++row) {
        const double value = target.number(row);
        if (target.isMissing(row))
            continue;
        if (value != 0.0 && value != 1.0)
            throw data::DataError("application_train.csv: TARGET must be 0 or 1; row " +
                                  std::to_string(row + 2) + " has another value");
        known.push_back(row);
        labels.push_back(static_cast<float>(value));
    }
    if (known.empty())
        throw data::DataError("application_train.csv: no applicant has a known TARGET");

    const auto all = engine.scoreDataset(labelled);
    std::vector<float> probabilities;
    probabilities.reserve(known.size());
    for (const auto row : known)
        probabilities.push_back(static_cast<float>(all[row]));

    std::vector<std::string> excluded;
    if (engine.bundle().hasFeaturePolicy())
        excluded =
            features::FeaturePolicy::fromJson(engine.bundle().featurePolicy).excludedColumns();

    const data::Table applications = labelled.applications.selectRows(known);
    std::optional<features::FeatureMatrix> matrix;
    if (options.checkProxies && !excluded.empty()) {
        matrix = features::FeatureTransformer(engine.featureSpec()).transform(labelled);
        if (known.size() != matrix->rows()) {
            features::FeatureValues kept(static_cast<Eigen::Index>(known.size()),
                                         matrix->values.cols());
            for (std::size_t i = 0; i < known.size(); ++i)
                kept.row(static_cast<Eigen::Index>(i)) =
                    matrix->values.row(static_cast<Eigen::Index>(known[i]));
            matrix->values = std::move(kept);
        }
    }
    return analyseFairness(applications, labels, probabilities, engine.threshold(), "bundle",
                           matrix ? &*matrix : nullptr, excluded, options);
}

} // namespace credit::fairness
