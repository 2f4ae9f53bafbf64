using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Exercises;
using Texts = (string En, string Ru, string Zh);

namespace Planner.Demo;

/// <summary>
/// The exercise part of the demo data: the plan, planning meetings, objectives, MSEL and evaluation of the
/// command-staff exercise Norak-Antiterror 2009 and of the field exercise Peace Mission 2010 (Matybulak range,
/// Kazakhstan), both events of <see cref="DemoData"/>. Every record is made by the exercise services' methods that
/// work in the caller's transaction (<see cref="ExerciseService"/>, <see cref="EvaluationService"/>,
/// <see cref="MselService"/>), so it passes the API's checks and leaves the API's history. An exercise whose plan
/// exists is left alone (all of it is written in the one transaction that writes the plan), so loading twice adds
/// nothing. Names of people are invented; the exercises, places and dates are public facts.
/// </summary>
internal static class ExerciseDemo
{
    public const string NorakTitle = "Joint anti-terrorist command-staff exercise \"Norak-Antiterror 2009\"";

    public const string PeaceMissionTitle = "Joint anti-terrorist exercise \"Peace Mission 2010\"";

    /// <summary>Adds what is missing of both exercises (whose events <paramref name="load"/> has added); returns how many records were added.</summary>
    public static async Task<int> LoadAsync(DemoData.Loader load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var capabilities = (await ExerciseStore.CapabilitiesAsync(load.Connection, load.Transaction))
            .ToDictionary(k => k.Code, k => k.Id, StringComparer.Ordinal);
        (string Title, Func<Writer, Task<int>> Write)[] exercises =
            [(NorakTitle, ExerciseDemoFacts.NorakAsync), (PeaceMissionTitle, ExerciseDemoFacts.PeaceMissionAsync)];
        var added = 0;
        foreach (var (title, write) in exercises)
        {
            var id = await load.Connection.ExecuteScalarAsync<long>("SELECT id FROM event WHERE title_en = @title", new { title }, load.Transaction);
            added += await write(new Writer(load, id, capabilities));
        }

        return added;
    }

    /// <summary>
    /// Writes the parts of one exercise as a secretariat would through the API: each part added, then what happened to
    /// it (an objective rated, an inject released or skipped, a corrective action moved along) by the service method that
    /// records that step. Every method counts the records it adds.
    /// </summary>
    internal sealed class Writer(DemoData.Loader load, long exerciseId, IReadOnlyDictionary<string, long> capabilities)
    {
        private readonly DbConnection _c = load.Connection;
        private readonly DbTransaction _tx = load.Transaction;

        public int Added { get; private set; }

        /// <summary>
        /// Adds the plan with its sending parties (codes) and stages (name, first and last day); false when the exercise already
        /// has a plan (then nothing more is written). Each text is given in en, ru and zh.
        /// </summary>
        public async Task<bool> PlanAsync(string type, string[] sending, Texts scope, Texts threat, Texts scenario, Texts sponsor, Texts contact, Texts marking,
            params (Texts Name, string First, string Last)[] stages)
        {
            if (await ExerciseStore.FindPlanAsync(_c, exerciseId, _tx) is not null)
                return false;
            await ExerciseService.SavePlanAsync(_c, _tx, exerciseId, new ExerciseInput(Enums.Parse<ExerciseType>(type), [.. sending.Select(load.Party)],
                [.. stages.Select(s => new StageInput(Text(s.Name), Sql.Date(s.First), Sql.Date(s.Last)))],
                Text(scope), Text(threat), Text(scenario), Text(sponsor), Text(contact), Text(marking), null, null, null));
            Added += 1 + sending.Length + stages.Length;
            return true;
        }

        /// <summary>
        /// Adds a planning meeting: a closed workshop event hosted by Tajikistan at the demo venue <paramref name="venue"/> (a key of
        /// <see cref="DemoFacts.Venues"/>), linked as the <paramref name="kind"/> meeting, with its action items (text, owner, due date, status).
        /// </summary>
        public async Task MeetingAsync(string kind, string venue, string start, string end, string en, string ru, string zh,
            params (string Text, string Owner, string Due, string Status)[] actions)
        {
            var eventId = await load.EventAsync(new("workshop", en, ru, zh, null, null, venue, start, end, "TJK", null, "closed"), [], delegations: false);
            var meetings = await ExerciseService.LinkMeetingAsync(_c, _tx, exerciseId, new MeetingInput(Enums.Parse<MeetingKind>(kind), eventId));
            var meeting = meetings.Single(m => m.EventId == eventId).Id;
            foreach (var (text, owner, due, status) in actions)
            {
                await ExerciseService.SaveActionItemAsync(_c, _tx, exerciseId, meeting, null,
                    new ActionItemInput(text, owner, Sql.Date(due), Enums.Parse<ActionItemStatus>(status), null));
            }

            Added += 1 + actions.Length;
        }

        /// <summary>
        /// Adds the next objective, testing the capabilities with the given codes, then rates it (P, S, M or U) unless
        /// <paramref name="rating"/> is null; returns its id.
        /// </summary>
        public async Task<long> ObjectiveAsync(string en, string ru, string zh, string? rating, params string[] capabilityCodes)
        {
            var objective = await EvaluationService.SaveObjectiveAsync(_c, _tx, exerciseId, null,
                new ObjectiveInput(new LocalizedTextInput(en, ru, zh), [.. capabilityCodes.Select(k => capabilities[k])], null, null));
            if (rating is not null)
                objective = await EvaluationService.RateAsync(_c, _tx, exerciseId, objective.Id, Enum.Parse<Rating>(rating), objective.Version);
            Added++;
            return objective.Id;
        }

        /// <summary>Adds an inject (pending), then releases or skips it when <paramref name="status"/> says so.</summary>
        public async Task InjectAsync(int number, string time, string from, string to, string method, string message, string expected,
            long? objective, string controller, string status = "pending")
        {
            var inject = await MselService.SaveAsync(_c, _tx, exerciseId, null,
                new InjectInput(number, Sql.DateTime(time), from, to, method, message, expected, objective, controller, null, null));
            var outcome = Enums.Parse<InjectStatus>(status);
            if (outcome != InjectStatus.Pending)
                await MselService.SetStatusAsync(_c, _tx, exerciseId, inject.Id, new InjectStatusInput(outcome, inject.Version));
            Added++;
        }

        public async Task ObservationAsync(long objective, string evaluator, Texts text)
        {
            await EvaluationService.SaveObservationAsync(_c, _tx, exerciseId, objective, null, new ObservationInput(evaluator, Text(text), null));
            Added++;
        }

        /// <summary>Adds a strength (no root cause) or an area for improvement; returns its id.</summary>
        public async Task<long> FindingAsync(long objective, Texts text, Texts? rootCause = null)
        {
            var finding = await EvaluationService.SaveFindingAsync(_c, _tx, exerciseId, objective, null, new FindingInput(
                rootCause is null ? FindingKind.Strength : FindingKind.AreaForImprovement, Text(text), rootCause is { } cause ? Text(cause) : null, null));
            Added++;
            return finding.Id;
        }

        /// <summary>
        /// Adds a corrective action (open) for the responsible party with <paramref name="party"/>'s code, then moves it to
        /// <paramref name="status"/> (completed on <paramref name="completed"/>) unless it stays open.
        /// </summary>
        public async Task ActionAsync(long finding, Texts text, string element, string party, Texts contact, string start, string due,
            string status, string? completed = null)
        {
            var action = await EvaluationService.SaveCorrectiveActionAsync(_c, _tx, exerciseId, finding, null, new CorrectiveActionInput(Text(text),
                Enums.Parse<CapabilityElement>(element), load.Party(party), Text(contact), Sql.Date(start), Sql.Date(due), null, null, null));
            var reached = Enums.Parse<CorrectiveStatus>(status);
            if (reached != CorrectiveStatus.Open)
                await EvaluationService.SetCorrectiveStatusAsync(_c, _tx, exerciseId, action.Id, reached, Sql.Date(completed, nullable: true), action.Version);
            Added++;
        }

        private static LocalizedTextInput Text(Texts text) => new(text.En, text.Ru, text.Zh);
    }
}
