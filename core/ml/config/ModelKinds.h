#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

// The closed sets of the model's settings, as enums; their names exist only where a config is read or
// written (ModelConfig::fromJson / toJson). Torch-free.
namespace memescope::ml {

enum class ModelKind { Neural, TfidfLr };
enum class TextEncoderKind { Roberta, Ngram, Off };
enum class ImageEncoderKind { Clip, Off };
enum class FusionKind { Token, SeedCls, Concat };
enum class MoeKind { Off, Dense, TopK };
enum class ContrastiveKind { Off, Seed, Masked };
enum class HeadKind { Mlp, Transformer };
enum class TextSource { Dataset, Ocr, None };
enum class LrSchedule { Plateau, Linear, Cosine };
enum class Precision { Fp32, Bf16 };
enum class PosWeight { Balanced, Off };
enum class WideKind { Tfidf, Off };

template <typename E> struct KindNames;

#define MEMESCOPE_KIND_NAMES(E, ...)                                                                         \
    template <> struct KindNames<E> {                                                                        \
        static constexpr auto list = std::to_array<std::pair<E, const char*>>({__VA_ARGS__});                \
    };
MEMESCOPE_KIND_NAMES(ModelKind, {ModelKind::Neural, "neural"}, {ModelKind::TfidfLr, "tfidf_lr"})
MEMESCOPE_KIND_NAMES(TextEncoderKind, {TextEncoderKind::Roberta, "roberta"},
                     {TextEncoderKind::Ngram, "ngram"}, {TextEncoderKind::Off, "off"})
MEMESCOPE_KIND_NAMES(ImageEncoderKind, {ImageEncoderKind::Clip, "clip"}, {ImageEncoderKind::Off, "off"})
MEMESCOPE_KIND_NAMES(FusionKind, {FusionKind::Token, "token"}, {FusionKind::SeedCls, "seed_cls"},
                     {FusionKind::Concat, "concat"})
MEMESCOPE_KIND_NAMES(MoeKind, {MoeKind::Off, "off"}, {MoeKind::Dense, "dense"}, {MoeKind::TopK, "topk"})
MEMESCOPE_KIND_NAMES(ContrastiveKind, {ContrastiveKind::Off, "off"}, {ContrastiveKind::Seed, "seed"},
                     {ContrastiveKind::Masked, "masked"})
MEMESCOPE_KIND_NAMES(HeadKind, {HeadKind::Mlp, "mlp"}, {HeadKind::Transformer, "transformer"})
MEMESCOPE_KIND_NAMES(TextSource, {TextSource::Dataset, "dataset"}, {TextSource::Ocr, "ocr"},
                     {TextSource::None, "none"})
MEMESCOPE_KIND_NAMES(LrSchedule, {LrSchedule::Plateau, "plateau"}, {LrSchedule::Linear, "linear"},
                     {LrSchedule::Cosine, "cosine"})
MEMESCOPE_KIND_NAMES(Precision, {Precision::Fp32, "fp32"}, {Precision::Bf16, "bf16"})
MEMESCOPE_KIND_NAMES(PosWeight, {PosWeight::Balanced, "balanced"}, {PosWeight::Off, "off"})
MEMESCOPE_KIND_NAMES(WideKind, {WideKind::Tfidf, "tfidf"}, {WideKind::Off, "off"})
#undef MEMESCOPE_KIND_NAMES

// The name a config file uses for `value`.
template <typename E> const char* kindName(E value) {
    for (const auto& [v, name] : KindNames<E>::list)
        if (v == value) return name;
    return "?";
}

// The value a config file's `name` stands for; nullopt when it is not one of them.
template <typename E> std::optional<E> kindFromName(std::string_view name) {
    for (const auto& [v, n] : KindNames<E>::list)
        if (name == n) return v;
    return std::nullopt;
}

// "a, b, c": the names allowed, for error messages.
template <typename E> std::string kindNameList() {
    std::string list;
    for (const auto& [v, name] : KindNames<E>::list)
        list += (list.empty() ? "" : ", ") + std::string(name);
    return list;
}

} // namespace memescope::ml
