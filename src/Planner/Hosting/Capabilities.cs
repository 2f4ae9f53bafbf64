using Planner.Documents;
using Planner.Events;
using Planner.Exercises;
using Planner.History;
using Planner.Invitations;
using Planner.Parties;
using Planner.Scheduling;
using Planner.Venues;
using Quartz;

namespace Planner.Hosting;

/// <summary>
/// The one list of Planner's capabilities: each adds its services, its background jobs and
/// its endpoints under <c>/api</c> (which already requires a token, see <see cref="Access.Policies.Api"/>).
/// </summary>
internal static class Capabilities
{
    public static void AddServices(IServiceCollection services)
    {
        // Every fixed text, with the organisation's configured names; loading it checks every language has every entry.
        services.AddOptions<OrganisationOptions>().BindConfiguration(OrganisationOptions.Section);
        services.AddSingleton(sp => Catalogue.Default.With(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<OrganisationOptions>>().Value));
        services.AddScheduling();
        services.AddEvents();
        services.AddSingleton<VenueService>();
        services.AddSingleton<PartyService>();
        services.AddSingleton<StandingService>();
        services.AddSingleton<PersonService>();
        services.AddDocuments();
        services.AddExercises();
        services.AddInvitations();
    }

    public static void AddJobs(IQuartzBuilder quartz)
    {
        EventStatusJob.Schedule(quartz);
        InvitationsSetup.AddInvitationJobs(quartz);
    }

    public static void MapEndpoints(RouteGroupBuilder api)
    {
        api.MapParties();
        api.MapPeople();
        api.MapVenues();
        api.MapEvents();
        Translations.TranslationEndpoints.MapTranslations(api);
        api.MapParticipants();
        api.MapAgenda();
        api.MapScheduling();
        api.MapDocuments();
        api.MapExercises();
        api.MapOverdueActions();
        api.MapReport();
        api.MapInvitations();
        api.MapHistory();
        Feeds.FeedEndpoints.MapFeeds(api);
        Delegates.DelegateEndpoints.MapDelegates(api);
    }
}
