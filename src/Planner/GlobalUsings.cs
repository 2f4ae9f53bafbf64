global using Planner.Errors;
global using Planner.Text;
