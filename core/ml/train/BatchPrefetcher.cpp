#include "BatchPrefetcher.h"

#include <algorithm>
#include <chrono>

namespace memescope::ml {

BatchPrefetcher::BatchPrefetcher(std::vector<std::vector<int64_t>> batches, SampleLoader loader,
                                 const BatchBuilder& builder, int threads, int depth)
    : batches_(std::move(batches))
    , loader_(std::move(loader))
    , builder_(builder)
    , depth_(size_t(std::max(1, depth))) {
    const int n = std::max(1, std::min<int>(threads, int(batches_.size())));
    for (int i = 0; i < n; ++i)
        workers_.emplace_back([this] { work(); });
}

BatchPrefetcher::~BatchPrefetcher() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    spaceChanged_.notify_all();
    for (std::thread& t : workers_)
        t.join();
}

void BatchPrefetcher::work() {
    for (;;) {
        size_t index;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            // Bounded: never run more than `depth` batches ahead of the consumer.
            spaceChanged_.wait(lock, [&] { return stopping_ || nextToBuild_ < nextToHand_ + depth_; });
            if (stopping_ || nextToBuild_ >= batches_.size()) return;
            index = nextToBuild_++;
        }
        Ready r;
        try {
            std::vector<SampleInput> samples;
            samples.reserve(batches_[index].size());
            for (int64_t i : batches_[index])
                samples.push_back(loader_(i));
            r.batch = builder_.build(samples, &r.units);
        } catch (...) {
            r.error = std::current_exception();
        }
        {
            std::lock_guard<std::mutex> lock(mutex_);
            ready_.emplace(index, std::move(r));
        }
        readyChanged_.notify_all();
    }
}

bool BatchPrefetcher::next(ModelBatch& out, std::vector<std::vector<std::string>>* units) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (nextToHand_ >= batches_.size()) return false;
    const auto t0 = std::chrono::steady_clock::now();
    readyChanged_.wait(lock, [&] { return ready_.count(nextToHand_) > 0; });
    waitSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    Ready r = std::move(ready_.at(nextToHand_));
    ready_.erase(nextToHand_);
    ++nextToHand_;
    lock.unlock();
    spaceChanged_.notify_all();
    if (r.error) std::rethrow_exception(r.error);
    out = std::move(r.batch);
    if (units) *units = std::move(r.units);
    return true;
}

} // namespace memescope::ml
