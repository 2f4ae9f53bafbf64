namespace Planner.Events;

/// <summary>Registers the events capability's services: events, participants and delegations, the agenda.</summary>
public static class EventsSetup
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<EventObservers>();
        services.AddSingleton<EventService>();
        services.AddSingleton<ParticipantService>();
        services.AddSingleton<AgendaService>();
        return services;
    }
}
