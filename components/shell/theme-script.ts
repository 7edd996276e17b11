export const THEME_STORAGE_KEY = "theme";

export type ThemeChoice = "light" | "dark" | "system";

export const themeInitScript = `(function(){try{var c=localStorage.getItem("${THEME_STORAGE_KEY}");var d=c==="dark"||((c===null||c==="system")&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;
