#pragma once

#include "SyntheticLogistic.h"
#include "model/Booster.h"
#include "model/DMatrix.h"
#include "model/TrainingParameters.h"

namespace credit::testing {

// `rounds` boosting rounds with `parameters` on every row of `data`: the small models the model
// tests check their wrappers, averaging and TreeSHAP on.
inline model::Booster trainOn(const SyntheticLogistic& data,
                              const model::TrainingParameters& parameters, int rounds)
{
    model::DMatrix matrix(data.values);
    matrix.setLabels(data.labels);
    model::Booster booster({&matrix});
    booster.setParameters(parameters);
    for (int round = 0; round < rounds; ++round)
        booster.updateOneIter(round, matrix);
    return booster;
}

} // namespace credit::testing
