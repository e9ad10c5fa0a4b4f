import { mount } from 'svelte';
import App from './App.svelte';
import './styles.css';
import './styles/room.css';
import './styles/presenter.css';
import './styles/marks.css';
import './lib/display-scale.svelte.js';

mount(App, { target: document.getElementById('app')! });
