using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Planner.Http;
using Planner.Parties;

namespace Planner.Events.Pages;

/// <summary>What the delegation editor of one participating party shows: its people, and who of them is in the delegation.</summary>
public sealed record DelegationEditor(EventPageModel Page, Participant Party, Delegation Delegation, IReadOnlyList<Person> People);

/// <summary>
/// The delegation editor: the secretariat names a party's head of delegation and members (as a note verbale
/// announces them) from the party's people in the directory, each with a function in this event.
/// </summary>
public sealed partial class EventPageModel
{
    /// <summary>The editor of <paramref name="party"/>'s delegation.</summary>
    public DelegationEditor EditorFor(Participant party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new DelegationEditor(this, party, Delegations[party.PartyId], People.Where(p => p.PartyId == party.PartyId).ToList());
    }

    /// <summary>
    /// Replaces a delegation from the form's fields <c>role.{personId}</c> (empty, <c>head</c> or <c>member</c>)
    /// and the function <c>function.{personId}</c> (English), <c>functionRu.{personId}</c> and <c>functionZh.{personId}</c>;
    /// members keep the order of the form.
    /// </summary>
    public Task<IActionResult> OnPostDelegationAsync(long partyId, long version, bool accept, CancellationToken cancellationToken) =>
        ChangeAsync($"delegation-{partyId}", () =>
        {
            var heads = new List<DelegateInput>();
            var members = new List<DelegateInput>();
            foreach (var key in Request.Form.Keys.Where(k => k.StartsWith("role.", StringComparison.Ordinal)))
            {
                if (!long.TryParse(key.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var personId))
                    continue;
                var id = key[5..];
                var person = new DelegateInput(personId, new LocalizedTextInput(
                    Request.Form["function." + id].ToString(), Request.Form["functionRu." + id].ToString(), Request.Form["functionZh." + id].ToString()));
                switch (Request.Form[key].ToString())
                {
                    case "head":
                        heads.Add(person);
                        break;
                    case "member":
                        members.Add(person);
                        break;
                }
            }

            if (heads.Count > 1)
                throw PlannerException.Invalid("head", Words.T("delegation.oneHead"));
            return participants.ReplaceDelegationAsync(Id, partyId, new DelegationInput(heads.FirstOrDefault(), members, version), accept, cancellationToken);
        }, cancellationToken, fragment: "participants");
}
