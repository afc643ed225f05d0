#pragma once

#include <memory>
#include <mutex>

namespace credit::explain {
class ExplanationEngine;
}

namespace credit::api {

// The model the server answers with, replaceable while it serves (SIGHUP reloads the bundle).
// A request takes the current engine once and finishes on it, so one answer never mixes two
// models and an in-flight request keeps the old engine alive until it is done.
class EngineSlot {
public:
    explicit EngineSlot(std::shared_ptr<const explain::ExplanationEngine> engine)
        : engine_(std::move(engine))
    {}

    std::shared_ptr<const explain::ExplanationEngine> current() const
    {
        std::lock_guard lock(mutex_);
        return engine_;
    }

    void replace(std::shared_ptr<const explain::ExplanationEngine> engine)
    {
        std::lock_guard lock(mutex_);
        engine_ = std::move(engine);
    }

private:
    mutable std::mutex mutex_;
    std::shared_ptr<const explain::ExplanationEngine> engine_;
};

} // namespace credit::api
