using NodaTime;
using Planner.Data;
using Planner.Errors;
using Planner.Events;
using Planner.Invitations;
using Planner.Time;

namespace Planner.Tests.Data;

/// <summary>Pure rules, tested without a host or a database file: they run in milliseconds.</summary>
public sealed class RuleTests
{
    [Theory]
    [InlineData("%каз%", "Республика Казахстан", true)]
    [InlineData("%КАЗ%", "Республика Казахстан", true)]
    [InlineData("%50\\%%", "a 50% share", true)]
    [InlineData("%50\\%%", "a 50 share", false)]
    [InlineData("a_c", "abc", true)]
    [InlineData("a\\_c", "abc", false)]
    [InlineData("%中国%", "中国外交部", true)]
    public void Like_matches_ignoring_case_in_every_script_and_takes_escaped_wildcards_literally(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Like.Matches(pattern, text, '\\'));

    [Fact]
    public void Like_of_a_search_escapes_what_was_typed() =>
        Assert.Equal("%50\\%\\_off%", Like.Contains("50%_off"));

    [Fact]
    public void Mail_retries_back_off_from_30_seconds_doubling_up_to_an_hour()
    {
        Assert.Equal(Duration.FromSeconds(30), MailDispatcher.Backoff(1));
        Assert.Equal(Duration.FromSeconds(60), MailDispatcher.Backoff(2));
        Assert.Equal(Duration.FromSeconds(240), MailDispatcher.Backoff(4));
        Assert.Equal(Duration.FromHours(1), MailDispatcher.Backoff(30));
    }

    [Fact]
    public void Names_sort_in_the_Russian_alphabet_for_precedence()
    {
        string[] states = ["Узбекистан", "Беларусь", "Китай", "Казахстан", "Иран", "Индия", "Россия"];
        var sorted = states.Order(Comparer<string>.Create((a, b) => Collations.Compare("ru", a, b))).ToArray();
        Assert.Equal(["Беларусь", "Индия", "Иран", "Казахстан", "Китай", "Россия", "Узбекистан"], sorted);
    }

    [Theory]
    [InlineData("start_local", "startLocal")]
    [InlineData("name_ru", "name.ru")]
    [InlineData("title_en", "title.en")]
    [InlineData("point_of_contact", "pointOfContact")]
    public void History_names_columns_as_the_API_names_fields(string column, string field) =>
        Assert.Equal(field, HistoryTriggers.FieldName(column));

    [Theory]
    [InlineData("token_hash", true)]
    [InlineData("password_hash", true)]
    [InlineData("name_en", false)]
    public void History_never_records_a_secret_column(string column, bool secret) =>
        Assert.Equal(secret, HistoryTriggers.IsSecret(column));

    [Fact]
    public void The_secretariats_today_turns_at_Tashkent_midnight_not_at_UTCs()
    {
        var tashkent = DateTimeZoneProviders.Tzdb["Asia/Tashkent"];
        var clock = new SecretariatClock(new FakeClock(Instant.FromUtc(2027, 3, 31, 19, 30)), tashkent);
        Assert.Equal(new LocalDate(2027, 4, 1), clock.Today);
        Assert.Equal(new LocalDate(2027, 3, 31), clock.TodayIn(DateTimeZone.Utc));
    }

    [Fact]
    public void A_new_time_or_venue_is_announced_as_an_update_and_a_cancellation_as_a_cancel_but_a_new_title_not_at_all()
    {
        var before = Event();
        Assert.Equal(MailKind.Update, Announcements.KindOf(before, before with { StartAt = before.StartAt + Duration.FromDays(1) }));
        Assert.Equal(MailKind.Update, Announcements.KindOf(before, before with { VenueId = 9 }));
        Assert.Equal(MailKind.Cancellation, Announcements.KindOf(before, before with { Status = EventStatus.Cancelled }));
        Assert.Null(Announcements.KindOf(before, before with { Title = new LocalizedText("New", "", "") }));
        Assert.Equal(MailKind.Update, Announcements.KindOf(before with { Status = EventStatus.Cancelled }, before));
    }

    [Theory]
    [InlineData("venue", "venue.notFound")]
    [InlineData("corrective action", "correctiveAction.notFound")]
    public void Not_found_errors_carry_a_stable_code_from_the_records_name(string what, string code) =>
        Assert.Equal(code, PlannerException.NotFound(what, 1).Code);

    private static Event Event() => new(1, EventKind.Council, new LocalizedText("47th meeting", "47-е заседание", "第47次会议"), null, 47, 4, "Europe/Moscow",
        new LocalDateTime(2027, 4, 15, 10, 0), new LocalDateTime(2027, 4, 15, 17, 0),
        Instant.FromUtc(2027, 4, 15, 7, 0), Instant.FromUtc(2027, 4, 15, 14, 0), null, null, EventStatus.InvitationsSent, 1);

    private sealed class FakeClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
