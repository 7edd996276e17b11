// Input schemas shared by forms in the browser and the server code that receives them.
export { demoSignInSchema } from "./demo-sign-in";
