using BenchmarkDotNet.Attributes;
using NodaTime;
using Planner.Documents;
using Planner.Documents.Protocol;
using Planner.Events;
using Planner.Http;
using Planner.Venues;

namespace Planner.Benchmarks;

/// <summary>
/// The protocol documents, warm (fonts loaded): badges for 600 delegates (60 A4 sheets, a QR code each) and
/// nameplates for 60 parties (60 A4 landscape sheets, each name fitted twice). <c>--filter '*ProtocolBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ProtocolBenchmarks
{
    private EventFacts _facts = null!;
    private Labels _labels = null!;
    private Labels _zh = null!;
    private List<Badge> _badges = null!;
    private List<Plate> _plates = null!;

    [GlobalSetup]
    public void Setup()
    {
        var all = Labels.LoadAll();
        _labels = all["ru"];
        _zh = all["zh"];
        var start = new LocalDateTime(2030, 5, 6, 9, 0);
        var e = new Event(1, EventKind.Council, new LocalizedText("50th meeting of the RATS SCO Council", "50-е заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第五十次会议"),
            null, 50, 1, "Asia/Tashkent", start, start.PlusHours(9), Instant.FromUtc(2030, 5, 6, 4, 0), Instant.FromUtc(2030, 5, 6, 13, 0), null, null, EventStatus.Held, 1);
        _facts = new EventFacts(e, new Venue(1, new LocalizedText("RATS SCO Executive Committee headquarters", "Штаб-квартира Исполнительного комитета РАТС ШОС", "上合组织地区反恐怖机构执行委员会总部"), new LocalizedText("Tashkent", "Ташкент", "塔什干"), "Uzbekistan", "Asia/Tashkent", 1), null);
        _badges = Enumerable.Range(0, 600).Select(i => new Badge(
            new Holder(i, new LocalizedText($"Person {i}", $"Александр Участников {i}", $"代表{i}"), new LocalizedText("Officer", "Офицер", "官员"), i % 10 == 0, i / 10,
                new LocalizedText($"State {i / 10:D2}", $"Государство {i / 10:D2}", $"国家{i / 10:D2}"), (ParticipationRole)(i % 6)),
            $"https://planner.example/checkin/1.{i}.AbCdEfGhIjKlMnOpQrStUv")).ToList();
        _plates = Enumerable.Range(0, 60).Select(i => new Plate(new LocalizedText($"State {i:D2}", $"Государство номер {i:D2}", $"国家{i:D2}"), i == 0)).ToList();
    }

    [Benchmark(Description = "Badges, 600 delegates (60 sheets)")]
    public int Badges600() => SheetWriter.Write("Badges", "Benchmarks", "ru", Badges.Compose(BenchmarkDocuments.Fonts, _badges, _facts, _labels)).Length;

    [Benchmark(Description = "Nameplates, 60 parties ru/zh (60 sheets)")]
    public int Nameplates60() => SheetWriter.Write("Nameplates", "Benchmarks", "ru", Nameplates.Compose(BenchmarkDocuments.Fonts, _plates, _labels, _zh)).Length;
}
