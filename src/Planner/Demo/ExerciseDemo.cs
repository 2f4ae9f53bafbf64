using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Scheduling;
using Texts = (string En, string Ru, string Zh);

namespace Planner.Demo;

/// <summary>
/// The exercise part of the demo data: the plan, planning meetings, objectives, MSEL and evaluation of the
/// command-staff exercise Norak-Antiterror 2009 (an event of <see cref="DemoData"/>), and the field exercise
/// Peace Mission 2010 (Matybulak range, Kazakhstan). An exercise whose plan exists is left alone, so loading
/// twice adds nothing. Names of people are invented; the exercises, places and dates are public facts.
/// </summary>
internal static class ExerciseDemo
{
    public const string NorakTitle = "Joint anti-terrorist command-staff exercise \"Norak-Antiterror 2009\"";

    public const string PeaceMissionTitle = "Joint anti-terrorist exercise \"Peace Mission 2010\"";

    /// <summary>Adds what is missing; returns how many records were added.</summary>
    public static async Task<int> LoadAsync(DbConnection c, DbTransaction tx)
    {
        var added = 0;
        var matybulak = await c.ExecuteScalarAsync<long?>("SELECT id FROM venue WHERE name_en = 'Matybulak training range'", transaction: tx)
            ?? await Count(() => c.ExecuteScalarAsync<long>(
                """
                INSERT INTO venue (name_en, name_ru, name_zh, city_en, city_ru, city_zh, country, time_zone)
                VALUES ('Matybulak training range', 'Полигон «Матыбулак»', '马特布拉克训练场', 'Matybulak', 'Матыбулак', '马特布拉克', 'Kazakhstan', 'Asia/Almaty') RETURNING id
                """,
                transaction: tx));
        var peace = await c.ExecuteScalarAsync<long?>("SELECT id FROM event WHERE title_en = @PeaceMissionTitle", new { PeaceMissionTitle }, tx)
            ?? await Count(() => EventAsync(c, tx, "exercise", PeaceMissionTitle, "Совместное антитеррористическое учение «Мирная миссия — 2010»",
                "“和平使命-2010”联合反恐军事演习", matybulak, "2010-09-10T08:00", "2010-09-25T18:00", "KAZ"));
        foreach (var (party, role) in new[] { ("KAZ", "member"), ("CHN", "member"), ("KGZ", "member"), ("RUS", "member"), ("TJK", "member"), ("UZB", "observer") })
        {
            added += await c.ExecuteAsync(
                """
                INSERT INTO participation (event_id, party_id, role)
                SELECT @peace, id, @role FROM party WHERE code = @party
                  AND NOT EXISTS (SELECT 1 FROM participation x WHERE x.event_id = @peace AND x.party_id = party.id)
                """, new { peace, party, role }, tx);
        }

        var norak = await c.ExecuteScalarAsync<long?>("SELECT id FROM event WHERE title_en = @NorakTitle", new { NorakTitle }, tx);
        if (norak is { } n)
            added += await ExerciseDemoFacts.NorakAsync(new Writer(c, tx, n));
        added += await ExerciseDemoFacts.PeaceMissionAsync(new Writer(c, tx, peace));
        return added;

        async Task<long> Count(Func<Task<long>> insert)
        {
            added++;
            return await insert();
        }
    }

    /// <summary>Inserts an event with its instants computed in the venue's zone.</summary>
    internal static async Task<long> EventAsync(DbConnection c, DbTransaction tx, string kind, string en, string ru, string zh,
        long venue, string start, string end, string host)
    {
        var zoneId = await c.ExecuteScalarAsync<string>("SELECT time_zone FROM venue WHERE id = @venue", new { venue }, tx);
        var zone = DateTimeZoneProviders.Tzdb[zoneId!];
        return await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO event (kind, title_en, title_ru, title_zh, venue_id, start_local, end_local, start_at, end_at, host_party_id, status)
            VALUES (@kind, @en, @ru, @zh, @venue, @start, @end, @startAt, @endAt, (SELECT id FROM party WHERE code = @host), 'closed') RETURNING id
            """,
            new
            {
                kind, en, ru, zh, venue, start, end, host,
                startAt = Sql.Seconds(VenueTime.ToInstant(zone, zoneId!, Sql.DateTime(start), "start")),
                endAt = Sql.Seconds(VenueTime.ToInstant(zone, zoneId!, Sql.DateTime(end), "end")),
            }, tx);
    }

    /// <summary>Writes the parts of one exercise; every method counts the records it adds.</summary>
    internal sealed class Writer(DbConnection c, DbTransaction tx, long exerciseId)
    {
        public DbConnection Connection => c;

        public DbTransaction Transaction => tx;

        public long ExerciseId => exerciseId;

        public int Added { get; private set; }

        /// <summary>False when the exercise already has a plan (then nothing more is written). Each text is given in en, ru and zh.</summary>
        public async Task<bool> PlanAsync(string type, string[] sending, Texts scope, Texts threat, Texts scenario, Texts sponsor, Texts contact, Texts marking)
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM exercise WHERE event_id = @exerciseId", new { exerciseId }, tx) > 0)
                return false;
            await c.ExecuteAsync(
                """
                INSERT INTO exercise (event_id, type, scope_en, scope_ru, scope_zh, threat_en, threat_ru, threat_zh, scenario_en, scenario_ru, scenario_zh,
                    sponsor_en, sponsor_ru, sponsor_zh, point_of_contact_en, point_of_contact_ru, point_of_contact_zh, marking_en, marking_ru, marking_zh)
                VALUES (@exerciseId, @type, @scopeEn, @scopeRu, @scopeZh, @threatEn, @threatRu, @threatZh, @scenarioEn, @scenarioRu, @scenarioZh,
                    @sponsorEn, @sponsorRu, @sponsorZh, @contactEn, @contactRu, @contactZh, @markingEn, @markingRu, @markingZh)
                """, With(new { exerciseId, type }, ("scope", scope), ("threat", threat), ("scenario", scenario), ("sponsor", sponsor), ("contact", contact),
                    ("marking", marking)), tx);
            foreach (var code in sending)
            {
                await c.ExecuteAsync("INSERT INTO exercise_sending_party (event_id, party_id) SELECT @exerciseId, id FROM party WHERE code = @code",
                    new { exerciseId, code }, tx);
            }

            Added += 1 + sending.Length;
            return true;
        }

        public async Task StageAsync(int position, string en, string ru, string zh, string first, string last)
        {
            await c.ExecuteAsync(
                "INSERT INTO exercise_stage (event_id, position, name_en, name_ru, name_zh, first_day, last_day) VALUES (@exerciseId, @position, @en, @ru, @zh, @first, @last)",
                new { exerciseId, position, en, ru, zh, first, last }, tx);
            Added++;
        }

        /// <summary>Adds a planning meeting (a new workshop event) with its action items (text, owner, due date, status).</summary>
        public async Task MeetingAsync(string kind, string venue, string start, string end, string en, string ru, string zh,
            params (string Text, string Owner, string Due, string Status)[] actions)
        {
            var venueId = await c.ExecuteScalarAsync<long>("SELECT id FROM venue WHERE city_en = @venue ORDER BY id LIMIT 1", new { venue }, tx);
            var eventId = await c.ExecuteScalarAsync<long?>("SELECT id FROM event WHERE title_en = @en", new { en }, tx)
                ?? await EventAsync(c, tx, "workshop", en, ru, zh, venueId, start, end, "TJK");
            var meeting = await c.ExecuteScalarAsync<long>(
                "INSERT INTO planning_meeting (exercise_id, kind, meeting_event_id) VALUES (@exerciseId, @kind, @eventId) RETURNING id",
                new { exerciseId, kind, eventId }, tx);
            foreach (var (text, owner, due, status) in actions)
            {
                await c.ExecuteAsync("INSERT INTO action_item (meeting_id, text, owner, due_on, status) VALUES (@meeting, @text, @owner, @due, @status)",
                    new { meeting, text, owner, due, status }, tx);
            }

            Added += 2 + actions.Length;
        }

        /// <summary>Adds the next objective, testing the capabilities with the given codes; returns its id.</summary>
        public async Task<long> ObjectiveAsync(string en, string ru, string zh, string? rating, params string[] capabilities)
        {
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO objective (exercise_id, position, text_en, text_ru, text_zh, rating)
                VALUES (@exerciseId, (SELECT COALESCE(MAX(position), 0) + 1 FROM objective WHERE exercise_id = @exerciseId), @en, @ru, @zh, @rating) RETURNING id
                """, new { exerciseId, en, ru, zh, rating }, tx);
            foreach (var code in capabilities)
            {
                await c.ExecuteAsync("INSERT INTO objective_capability (objective_id, capability_id) SELECT @id, id FROM capability WHERE code = @code",
                    new { id, code }, tx);
            }

            Added++;
            return id;
        }

        public async Task InjectAsync(int number, string time, string from, string to, string method, string message, string expected,
            long? objective, string controller, string status = "pending")
        {
            await c.ExecuteAsync(
                """
                INSERT INTO inject (exercise_id, number, scenario_time, from_text, to_text, method, message, expected_action, objective_id, controller, status)
                VALUES (@exerciseId, @number, @time, @from, @to, @method, @message, @expected, @objective, @controller, @status)
                """, new { exerciseId, number, time, from, to, method, message, expected, objective, controller, status }, tx);
            Added++;
        }

        public async Task ObservationAsync(long objective, string evaluator, Texts text)
        {
            await c.ExecuteAsync("INSERT INTO observation (objective_id, evaluator, text_en, text_ru, text_zh) VALUES (@objective, @evaluator, @textEn, @textRu, @textZh)",
                With(new { objective, evaluator }, ("text", text)), tx);
            Added++;
        }

        /// <summary>Adds a strength (no root cause) or an area for improvement; returns its id.</summary>
        public async Task<long> FindingAsync(long objective, Texts text, Texts? rootCause = null)
        {
            Added++;
            return await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO finding (objective_id, kind, text_en, text_ru, text_zh, root_cause_en, root_cause_ru, root_cause_zh)
                VALUES (@objective, @kind, @textEn, @textRu, @textZh, @causeEn, @causeRu, @causeZh) RETURNING id
                """,
                With(new { objective, kind = rootCause is null ? "strength" : "areaForImprovement" }, ("text", text), ("cause", rootCause ?? ("", "", ""))), tx);
        }

        public async Task ActionAsync(long finding, Texts text, string element, string party, Texts contact, string start, string due,
            string status, string? completed = null)
        {
            await c.ExecuteAsync(
                """
                INSERT INTO corrective_action (finding_id, text_en, text_ru, text_zh, element, responsible_party_id, point_of_contact_en, point_of_contact_ru,
                    point_of_contact_zh, start_on, due_on, status, completed_on)
                SELECT @finding, @textEn, @textRu, @textZh, @element, id, @contactEn, @contactRu, @contactZh, @start, @due, @status, @completed
                FROM party WHERE code = @party
                """, With(new { finding, element, party, start, due, status, completed }, ("text", text), ("contact", contact)), tx);
            Added++;
        }

        private static DynamicParameters With(object values, params (string Name, Texts Text)[] texts) =>
            Exercises.TextParameters.With(values, texts.Select(t => (t.Name, new LocalizedText(t.Text.En, t.Text.Ru, t.Text.Zh))).ToArray());
    }
}
