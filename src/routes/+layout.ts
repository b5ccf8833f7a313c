// Every page talks to a live server from the browser (sockets, tokens in the URL fragment, localStorage): render on the client.
export const ssr = false;
