#pragma once

#include "model/Booster.h"
#include "model/DMatrix.h"
#include "model/PinnedWorkers.h"
#include "model/StratifiedKFold.h"
#include "model/TrainingParameters.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace credit::model {

// One booster trained on one fold's training rows and evaluated on its validation rows.
// Jobs of the same `group` (e.g. the folds of one variant, or of one repeat) stop together.
struct LockstepJob {
    std::size_t fold = 0; // index into the folds given to LockstepTraining
    TrainingParameters parameters;
    std::size_t group = 0;
};

// Trains fold boosters in step, a few rounds at a time, recording each one's validation AUC
// after every round, until a rule over a group's curves says the group is done: what a
// stopping rule needs when it looks at several folds at once (the mean validation curve).
// Between two steps the jobs run concurrently on `threads` workers, each booster on one thread;
// results do not depend on the thread count (XGBoost reseeds its sampling at every round here,
// so a lockstep curve is not bit-identical to the per-fold trainer's for the same fold). Every
// job trains on the one shared matrix (no copy of its rows), so what grows with the number of
// jobs is only each booster's trees, its margins and its row weights (a few floats per row).
class LockstepTraining {
public:
    // Reads the group's curves (one per job of the group, in job order, all the same length)
    // and says whether the group may stop.
    using GroupDone = std::function<bool(std::size_t group, std::span<const std::vector<double>>)>;
    // Called after every step from the calling thread: rounds trained so far, and the cap.
    using StepProgress = std::function<void(int roundsDone, int maxRounds)>;
    // The 0-based round a group's curves would be cut at if it stopped now: after every step
    // the jobs of the group keep their validation margins of that round when it was in the
    // step, so predictValidation() at that round count needs no prediction.
    using BestRound = std::function<int(std::size_t group, std::span<const std::vector<double>>)>;

    // `shared` holds every row (labels need not be set on it): all jobs train on it
    // (model::FoldOnSharedMatrix), and their validation rows' predictions come from it.
    LockstepTraining(const DMatrix& shared, std::span<const float> labels,
                     std::span<const Fold> folds, std::vector<LockstepJob> jobs, int threads);
    ~LockstepTraining();
    LockstepTraining(const LockstepTraining&) = delete;
    LockstepTraining& operator=(const LockstepTraining&) = delete;

    // Trains until every group is done or has `maxRounds` rounds; `stepRounds` rounds per step
    // (the rule is checked after each step; extra rounds trained past the stop do not change
    // what the rule found, since it reads only the curve up to its stopping round).
    void run(int maxRounds, int stepRounds, const GroupDone& done,
             const StepProgress& progress = {}, const BestRound& bestRound = {});

    std::size_t jobCount() const { return slots_.size(); }
    // Validation AUC after each round trained (XGBoost's own AUC, as the per-fold trainer's
    // early stopping reads it).
    const std::vector<double>& curve(std::size_t job) const;
    // The job's validation-row predictions from its first `rounds` rounds: the margins kept for
    // the group's best round when `rounds` is that round's count, else predicted on the shared
    // matrix (FoldOnSharedMatrix::predictValidation, slow on a quantised one: every feature of
    // every row is read back from its bins).
    std::vector<float> predictValidation(std::size_t job, int rounds, bool margin) const;

private:
    struct Slot;

    const DMatrix& shared_;
    std::span<const float> labels_;
    std::span<const Fold> folds_;
    std::vector<LockstepJob> jobs_;
    int threads_;
    std::vector<std::unique_ptr<Slot>> slots_;
    // Each job's booster stays on one thread for its whole training (PinnedWorkers).
    std::unique_ptr<PinnedWorkers> workers_;
};

} // namespace credit::model
